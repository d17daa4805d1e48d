// The session file: export, import in a fresh browser profile, sharing, and every kind of bad
// file, which must leave the saved sessions exactly as they were.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, shot, storageSnapshot, createSession, setup } from "./helpers.mjs";

const env = setup();

async function exportFile(page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the file" }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

const upload = (page, name, text) =>
  page.getByTestId("import-input").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });

test("export, then import in a fresh browser profile: identical", async () => {
  const a = await openApp(env.browser, env.server.url);
  await createSession(a.page, { title: "Šoštanj: delavnice 2027", town: "Šoštanj", date: "2027-05-04" });
  const exported = await exportFile(a.page);
  assert.equal(exported.name, "Šoštanj- delavnice 2027.delavnica.json");
  const doc = JSON.parse(exported.text);
  assert.equal(doc.format, "delavnica-session");
  assert.equal(doc.version, 6);
  assert.match(doc.device, /^[0-9a-f]{20}$/);
  assert.ok(Math.abs(doc.exported_at - Date.now()) < 60_000);
  assert.equal(doc.session.info.title, "Šoštanj: delavnice 2027");
  await a.page.getByText("The file is in your downloads folder").waitFor();
  const mail = await a.page.getByRole("link", { name: "Write an e-mail" }).first().getAttribute("href");
  assert.match(decodeURIComponent(mail), /subject=Delavnica session: Šoštanj: delavnice 2027/);
  assert.match(decodeURIComponent(mail), /attached is the Delavnica session file/);
  await shot(a.page, "11-exported-en");
  await a.context.close();

  const b = await openApp(env.browser, env.server.url);
  await upload(b.page, exported.name, exported.text);
  await b.page.waitForSelector("h1.session-heading");
  assert.equal(await b.page.textContent("h1.session-heading"), "Šoštanj: delavnice 2027");
  const again = JSON.parse((await exportFile(b.page)).text);
  assert.deepEqual(again.session, doc.session, "the imported session is identical");
  assert.notEqual(again.device, doc.device, "the second profile is another device");
  await b.context.close();
});

test("bad files get a clear message and change nothing", async () => {
  const { page, context } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Ostane", town: "Velenje" });
  await page.goto(env.server.url);
  await page.waitForSelector(".session-row");
  const before = await storageSnapshot(page);
  const valid = JSON.parse((await (async () => {
    await page.getByRole("link", { name: "Ostane" }).click();
    // A session opens where its work is; the file is on the session's own page.
    await page.getByRole("link", { name: "Session", exact: true }).click();
    const f = await exportFile(page);
    await page.getByRole("link", { name: "All sessions" }).first().click();
    await page.waitForSelector(".session-row");
    return f;
  })()).text);
  const newer = { ...valid, version: 99 };
  const missing = structuredClone(valid);
  delete missing.session.info.title;
  const longTitle = structuredClone(valid);
  longTitle.session.info.title = "x".repeat(500);
  const cases = [
    ["broken.delavnica.json", '{"format": "delavnica-session", "version": 1, "sess', /not valid JSON \(error at line 1, column \d+\)/],
    ["package.json", JSON.stringify({ name: "left-pad", version: "1.3.0" }), /from another program/],
    ["newer.delavnica.json", JSON.stringify(newer), /newer Delavnica \(format version 99\)/],
    ["missing.delavnica.json", JSON.stringify(missing), /session\.info\.title is missing/],
    ["long.delavnica.json", JSON.stringify(longTitle), /session\.info\.title is too long \(500 characters; at most 200\)/],
    ["huge.delavnica.json", " ".repeat(6 * 1024 * 1024), /too large \(6\.0 MB; the limit is 5 MB\)/],
  ];
  for (const [name, text, expected] of cases) {
    await upload(page, name, text);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const message = await alert.textContent();
    assert.match(message, new RegExp(`“${name.replace(".", "\\.")}” cannot be imported`));
    assert.match(message, /Your saved sessions are unchanged/);
    assert.match(message, expected, `${name}: ${message}`);
    await shot(page, `12-bad-file-${name.split(".")[0]}-en`);
    await page.getByRole("button", { name: "Close" }).click();
  }
  assert.deepEqual(await storageSnapshot(page), before, "nothing saved changed");
  await context.close();
});

test("bad files are explained in Slovene too", async () => {
  const { page, context } = await openApp(env.browser, env.server.url, { lang: "sl" });
  await page.getByTestId("import-input").setInputFiles({ name: "tuje.json", mimeType: "application/json", buffer: Buffer.from("[1,2,3]") });
  const message = await page.getByRole("alert").textContent();
  assert.match(message, /Datoteke »tuje\.json« ni mogoče uvoziti/);
  assert.match(message, /iz drugega programa/);
  await shot(page, "13-bad-file-sl");
  await context.close();
});

test("importing a session already on the device asks first: keep both or replace", async () => {
  const { page, context } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Dvojnik" });
  const file = await exportFile(page);
  await page.getByRole("link", { name: "All sessions" }).first().click();
  await page.waitForSelector(".session-row");
  await upload(page, file.name, file.text);
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Merge the files into “Dvojnik”/);
  await shot(page, "14-import-conflict-en");
  await dialog.getByRole("button", { name: "Keep both" }).click();
  await page.waitForSelector("h1.session-heading");
  assert.equal(await page.textContent("h1.session-heading"), "Dvojnik (imported)");
  await page.getByRole("link", { name: "All sessions" }).first().click();
  await page.waitForSelector(".session-row");
  assert.equal(await page.locator(".session-row").count(), 2);

  // Replace: the saved copy was renamed meanwhile; replacing brings back the file's title.
  const original = page.locator(`.session-row[data-id="${JSON.parse(file.text).session.id}"]`);
  await original.getByRole("button", { name: "Rename" }).click();
  await original.getByRole("textbox").fill("Dvojnik, spremenjen");
  await original.getByRole("button", { name: "Save" }).click();
  await page.locator(".session-title", { hasText: "Dvojnik, spremenjen" }).waitFor();
  await upload(page, file.name, file.text);
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await page.locator(".session-title", { hasText: "Dvojnik, spremenjen" }).waitFor();
  await upload(page, file.name, file.text);
  await page.getByRole("dialog").getByRole("button", { name: "Replace the saved one" }).click();
  await page.waitForSelector("h1.session-heading");
  assert.equal(await page.textContent("h1.session-heading"), "Dvojnik");
  await page.getByRole("link", { name: "All sessions" }).first().click();
  await page.waitForSelector(".session-row");
  assert.equal(await page.locator(".session-row").count(), 2);
  await context.close();
});

test("a file dropped on the page is imported", async () => {
  const a = await openApp(env.browser, env.server.url);
  await createSession(a.page, { title: "Spuščena" });
  const file = await exportFile(a.page);
  await a.context.close();
  const { page, context } = await openApp(env.browser, env.server.url);
  await page.evaluate(({ name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: "application/json" }));
    const target = document.querySelector(".page");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, file);
  await page.waitForSelector("h1.session-heading");
  assert.equal(await page.textContent("h1.session-heading"), "Spuščena");
  await context.close();
});

test("where the device can share files, Share hands the session file to the share sheet", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length === 1;
    navigator.share = async (data) => {
      window.__shared = { name: data.files[0].name, type: data.files[0].type, text: await data.files[0].text(), title: data.title };
    };
  });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByRole("button", { name: "EN", exact: true }).click();
  await createSession(page, { title: "Deljena" });
  await page.getByRole("button", { name: "Share…" }).click();
  await page.waitForFunction(() => window.__shared);
  const shared = await page.evaluate(() => window.__shared);
  assert.equal(shared.name, "Deljena.delavnica.json");
  assert.equal(shared.type, "application/json");
  assert.equal(shared.title, "Deljena");
  assert.equal(JSON.parse(shared.text).session.info.title, "Deljena");
  await shot(page, "15-share-en");
  await context.close();
});
