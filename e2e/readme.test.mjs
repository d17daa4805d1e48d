// The README's Node example for pkg/ runs as written and prints what its comments say.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";

test("the README's pkg/ example runs and its comments are true", () => {
  const root = new URL("..", import.meta.url).pathname;
  const readme = readFileSync(`${root}README.md`, "utf8");
  const code = readme.match(/```js\n(import \{ readFileSync \} from "node:fs";\nimport \{ initSync, aggregate[\s\S]*?)```/)[1];
  const file = `${root}readme-example.mjs`;
  writeFileSync(file, code);
  try {
    const out = execFileSync("node", [file], { encoding: "utf8" }).trim().split("\n");
    // Every `console.log(...); // expected` line: the printed line must match the comment.
    const expectations = code.split("\n").filter((l) => /console\.log\(.*\/\/ /.test(l)).map((l) => l.split("// ")[1]);
    const printed = out.filter((l) => !/^0\.\d+ \d/.test(l)); // the agreement line has no comment
    assert.equal(printed.length, expectations.length);
    for (const [got, want] of printed.map((p, i) => [p, expectations[i]])) {
      const normal = (s) => s.replace(/\s+/g, "").replace(/'/g, '"');
      assert.equal(normal(got), normal(want), `printed ${got}, README says ${want}`);
    }
  } finally {
    rmSync(file, { force: true });
  }
});
