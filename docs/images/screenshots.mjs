// Driven by screenshots.sh: photographs the HTML reports in headless Chromium and clicks a flame graph frame.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const [work, out] = process.argv.slice(2);
// playwright-core lives in the temporary folder screenshots.sh installed it into, not in the repository.
const { chromium } = createRequire(join(work, "package.json"))("playwright-core");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const problems = [];

async function open(fixture, width, height) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  page.on("console", m => { if (m.type() === "error" || /Content.Security.Policy|Refused/i.test(m.text())) problems.push(`${fixture}: ${m.text()}`); });
  page.on("pageerror", e => problems.push(`${fixture}: ${e.message}`));
  await page.goto("file://" + join(work, fixture + ".html"));
  return page;
}

for (const fixture of ["go-gc-heavy", "host-disk-busy"]) {
  for (const [name, width, height] of [["wide", 1400, 1000], ["narrow", 420, 900]]) {
    const page = await open(fixture, width, height);
    await page.screenshot({ path: join(out, `${fixture}-${name}.png`) });
    await page.close();
  }
  const page = await open(fixture, 1400, 1000);
  const figure = page.locator(fixture === "go-gc-heavy" ? "figure.flamegraph" : "figure:has(svg.chart)").first();
  await figure.screenshot({ path: join(out, `${fixture}-figure.png`) });
  if (fixture === "host-disk-busy") {
    await page.locator("figure", { hasText: "CPU (vmstat)" }).first().screenshot({ path: join(out, `${fixture}-vmstat.png`) });
    await page.locator("figure:has(svg.chart)").last().screenshot({ path: join(out, `${fixture}-psi.png`) });
  }
  await page.close();
}

// Click a frame two levels down in the first flame graph, then search: the DOM must show the zoom and the match.
const page = await open("go-gc-heavy", 1400, 1000);
const figure = page.locator("figure.flamegraph").first();
const target = await figure.evaluate(f => {
  const frames = [...f.querySelectorAll("svg.flame g")];
  const deep = frames.filter(g => +g.querySelector("rect").getAttribute("y") === 36)
    .sort((a, b) => +b.querySelector("rect").getAttribute("width") - +a.querySelector("rect").getAttribute("width"))[0];
  deep.setAttribute("data-clicked", "1");
  return deep.querySelector("title").textContent.split("\n")[0];
});
await figure.locator("g[data-clicked] rect").click();
await figure.locator("input[type=search]").fill("json");
const dom = await figure.evaluate(f => {
  const frames = [...f.querySelectorAll("svg.flame g")];
  const clicked = f.querySelector("g[data-clicked] rect");
  return {
    frames: frames.length,
    shown: frames.filter(g => g.style.display !== "none").length,
    hidden: frames.filter(g => g.style.display === "none").length,
    ancestors: frames.filter(g => g.classList.contains("ancestor")).length,
    clickedWidth: +clicked.getAttribute("width"),
    svgWidth: f.querySelector("svg.flame").viewBox.baseVal.width,
    matches: frames.filter(g => g.classList.contains("match")).length,
    status: f.querySelector(".flame-status").textContent,
    resetEnabled: !f.querySelector(".flame-controls button").disabled,
  };
});
dom.clicked = target;
await figure.screenshot({ path: join(out, "go-gc-heavy-flame-zoomed.png") });
writeFileSync(join(out, "flame-click.json"), JSON.stringify(dom, null, 2) + "\n");
await browser.close();

if (Math.abs(dom.clickedWidth - dom.svgWidth) > 0.5 || dom.hidden === 0 || dom.ancestors === 0 || !dom.resetEnabled || dom.matches === 0)
  problems.push("flame graph: the click did not zoom or the search matched nothing: " + JSON.stringify(dom));
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("screenshots.mjs: wrote the pictures and flame-click.json to " + out);
