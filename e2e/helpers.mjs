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
 * "rule: targets" lines; an empty list means none. axe runs through the DevTools protocol, which
 * the page's Content-Security-Policy does not restrict.
 */
export async function axeFindings(page, selector) {
  await page.evaluate(readFileSync(new URL("../node_modules/axe-core/axe.min.js", import.meta.url), "utf8"));
  const result = await page.evaluate((sel) => window.axe.run(sel ? { include: [sel] } : document, { resultTypes: ["violations"] }), selector);
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
