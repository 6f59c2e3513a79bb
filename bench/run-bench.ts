/**
 * `npm run bench`: runs every bench module, prints its tables and a closing table of every figure
 * that has a target, and writes bench/results.json. `npm run bench -- --only=engine` (or `bundle`,
 * `desk`, or a comma-separated list) runs a subset.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchModule, BenchTable, TargetCheck } from './bench-module.ts';
import { bundleSizeBench } from './bundle-size-bench.ts';
import { deskBench } from './desk-bench.ts';
import { engineBench } from './engine-bench.ts';
import { renderTable } from './format.ts';

const modules: readonly BenchModule[] = [engineBench, bundleSizeBench, deskBench];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsPath = path.join(repoRoot, 'bench', 'results.json');

function selectModules(argv: readonly string[]): BenchModule[] {
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (!only) return [...modules];
  const names = only.split(',');
  const unknown = names.filter((name) => !modules.some((module) => module.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown bench module ${unknown.join(', ')}; choose from ${modules.map((m) => m.name).join(', ')}.`,
    );
  }
  return modules.filter((module) => names.includes(module.name));
}

async function main(): Promise<void> {
  const selected = selectModules(process.argv.slice(2));
  const machine = {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1e9),
  };
  console.log(
    `Galley bench — Node ${machine.node}, ${machine.cpu} × ${machine.cpus}, ${machine.memoryGb} GB`,
  );

  const figures: Record<string, unknown> = {};
  const targets: TargetCheck[] = [];
  for (const module of selected) {
    const section = await module.run({
      repoRoot,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    console.log(`\n== ${module.title} ==`);
    for (const table of section.tables) console.log(`\n${renderTable(table)}`);
    if (section.notes.length > 0)
      console.log(`\n${section.notes.map((note) => `- ${note}`).join('\n')}`);
    figures[module.name] = section.figures;
    targets.push(...(section.targets ?? []));
  }

  if (targets.length > 0) {
    const table: BenchTable = {
      title: 'Targets',
      columns: ['figure', 'measured', 'target', 'met', 'missed by'],
      rows: targets.map((check) => [
        check.figure,
        check.measured,
        check.target,
        check.met === null ? '—' : check.met ? 'yes' : 'NO',
        check.miss || '—',
      ]),
    };
    console.log(`\n== Targets ==\n\n${renderTable(table)}`);
  }

  const results = { generatedAt: new Date().toISOString(), machine, ...figures, targets };
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(repoRoot, resultsPath)}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
