// npm run bench (drafting, issue 11): wall time of `storygraph add` for one 2,000-character
// article (goal <= 1.5 s, start-up included) and for 100 such articles in one run with
// --id-from-filename (goal <= 30 s). The articles are made up here from sentence templates.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', 'dist', 'storygraph.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'storygraph-bench-draft-'));
const FIRST = ['Ramon', 'Emi', 'Grace', 'Daniel', 'Lin', 'Sato', 'Maria', 'Ahmed', 'Olga', 'Pedro'];
const LAST = ['Castillo', 'Tanaka', 'Lim', 'Park', 'Meihua', 'Kenji', 'Santos', 'Rahman', 'Petrova', 'Alves'];
const PLACES = ['Manila', 'Tokyo', 'Seoul', 'Hanoi', 'Jakarta', 'Canberra', 'Bangkok', 'Taipei'];
function articleText(i) {
  const p = (k) => `${FIRST[(i + k) % 10]} ${LAST[(i * 3 + k) % 10]}`;
  const city = PLACES[i % PLACES.length];
  const s = [
    `Officials meet in ${city} as talks resume ${i}`,
    '',
    `${city.toUpperCase()} (Bench Wire) — Foreign Minister ${p(0)} met Defense Secretary ${p(1)} in ${city} on Tuesday, the ministry said.`,
    `${p(0).split(' ')[1]} said the two countries would hold joint drills in early March and another round of talks before the end of the year.`,
    `Reuters cited spokeswoman ${p(2)} as saying the visit was "a step toward trust".`,
    `${p(2).split(' ')[1]} added that ${city} had no plan to change course, according to a statement.`,
    `The meeting came amid tensions in the South China Sea, where ${p(3)} warned of risks to shipping on Nov. 3.`,
  ].join('\n');
  let out = s;
  while (out.length < 2000) out += `\n\n${p(4)} told reporters in ${PLACES[(i + out.length) % PLACES.length]} that the partners "will keep talking" next week.`;
  return out.slice(0, 2100);
}
const one = join(tmp, 'one.txt');
writeFileSync(one, articleText(0));
const many = join(tmp, 'many');
mkdirSync(many);
const files = Array.from({ length: 100 }, (_, i) => {
  const f = join(many, `article-${String(i).padStart(3, '0')}.txt`);
  writeFileSync(f, articleText(i));
  return f;
});

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`storygraph ${args[0]} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const singles = [];
for (let i = 0; i < 5; i++) singles.push(time(['add', one, '--id', 'one', '--replace', '--data', join(tmp, 'data-one')]));
const single = singles.sort((a, b) => a - b)[2];
const batch = time(['add', ...files, '--id-from-filename', '--data', join(tmp, 'data-many')]);
rmSync(tmp, { recursive: true, force: true });
const verdict = (ms, goal) => `(goal <= ${goal / 1000} s: ${ms <= goal ? 'ok' : 'MISSED'})`;
console.log(`storygraph add, one 2,000-character article (median of 5)  ${single.toFixed(0).padStart(7)} ms  ${verdict(single, 1500)}`);
console.log(`storygraph add, 100 articles --id-from-filename             ${batch.toFixed(0).padStart(7)} ms  ${verdict(batch, 30000)}`);
