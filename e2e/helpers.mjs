// Shared set-up for the end-to-end journeys: serve dist/ as static files on a free loopback port
// and drive Debian's Chromium with playwright-core (no browser downloads).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

export const SHOTS = new URL("../target/e2e/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });

/** Starts tools/serve.py on a folder (dist/ by default); returns { url, stop }. */
export async function serve(dir = "dist") {
  const port = await freePort();
  const root = new URL("..", import.meta.url).pathname;
  const child = spawn("python3", ["tools/serve.py", dir, String(port)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve, reject) => {
    child.stdout.once("data", resolve);
    child.once("exit", (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A fresh browser profile (context) and page at the app. Every request and console error is
 * recorded, so journeys can assert that the app contacts no other host and breaks no CSP rule.
 */
export async function openApp(browser, url, { lang = "en", viewport = { width: 1024, height: 768 }, hasTouch = false } = {}) {
  const context = await browser.newContext({ viewport, hasTouch, acceptDownloads: true });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector(".app-header");
  if (lang) {
    await page.getByRole("button", { name: lang.toUpperCase(), exact: true }).click();
  }
  return { context, page, requests, errors };
}

/** Saves a full-page screenshot under target/e2e/ (kept as a CI artefact). */
export async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

/** Everything the app keeps in local storage, as a plain object. */
export function storageSnapshot(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

/** Creates a session through the form and waits for its page. */
export async function createSession(page, { title, town = "", date = "" }) {
  await page.getByRole("button", { name: "New session" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Town").fill(town);
  if (date) await page.getByLabel("Date of the first workshop").fill(date);
  await page.getByRole("button", { name: "Create" }).click();
  await page.waitForSelector("h1.session-heading");
}

/**
 * For one test file: serves a folder (dist/ by default) and launches Chromium before its tests,
 * and stops both after them. Returns an object whose `server` and `browser` are set by then.
 */
export function setup(dir = "dist") {
  const env = {};
  before(async () => {
    env.server = await serve(dir);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}

/**
 * axe-core's serious and critical findings inside `selector` (the whole page when omitted), as
 * "rule: targets" lines; an empty list means none. With `every`, moderate and minor ones too. axe runs through the DevTools protocol, which
 * the page's Content-Security-Policy does not restrict.
 */
export async function axeFindings(page, selector, { every = false } = {}) {
  await page.evaluate(readFileSync(new URL("../node_modules/axe-core/axe.min.js", import.meta.url), "utf8"));
  const result = await page.evaluate((sel) => window.axe.run(sel ? { include: [sel] } : document, { resultTypes: ["violations"] }), selector);
  return result.violations
    .filter((v) => every || v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Renders a PDF's pages to PNG files `${SHOTS}${name}-p<n>.png` with pdf.js inside Chromium (so
 * printed reports can be looked at as images); returns the number of pages.
 */
export async function pdfPages(browser, pdf, name, scale = 1) {
  const root = new URL("../node_modules/pdfjs-dist/build/", import.meta.url).pathname;
  const page = await browser.newPage();
  await page.route("http://pdf.local/**", (route) => {
    const file = new URL(route.request().url()).pathname.slice(1);
    if (file === "doc.pdf") return route.fulfill({ body: pdf, contentType: "application/pdf" });
    if (file === "index.html") return route.fulfill({ body: "<!doctype html><body></body>", contentType: "text/html" });
    return route.fulfill({ path: root + file, contentType: "text/javascript" });
  });
  await page.goto("http://pdf.local/index.html");
  const images = await page.evaluate(async (scale) => {
    const pdfjs = await import("http://pdf.local/pdf.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = "http://pdf.local/pdf.worker.mjs";
    const doc = await pdfjs.getDocument("http://pdf.local/doc.pdf").promise;
    const out = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const p = await doc.getPage(i);
      const viewport = p.getViewport({ scale });
      const canvas = document.createElement("canvas");
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      await p.render({ canvasContext: canvas.getContext("2d"), viewport }).promise;
      out.push(canvas.toDataURL("image/png"));
    }
    return out;
  }, scale);
  const { writeFileSync } = await import("node:fs");
  images.forEach((data, i) => writeFileSync(`${SHOTS}${name}-p${i + 1}.png`, Buffer.from(data.split(",")[1], "base64")));
  await page.close();
  return images.length;
}

/**
 * Opens a step by its link in the process navigation (clicked, or tapped with `tap`), and waits
 * until the step shows: the link is the current page and no lazily loaded part is still on its
 * way (issue #15: a step's code is fetched the first time it is opened).
 */
export async function openStep(page, link, { tap = false } = {}) {
  await (tap ? link.tap() : link.click());
  const handle = await link.elementHandle();
  await page.waitForFunction((a) => a.getAttribute("aria-current") === "page", handle);
  await settled(page);
}

/** Waits until no lazily loaded part is still on its way. */
export async function settled(page) {
  await page.waitForSelector("[data-testid=part-loading]", { state: "detached" });
}
