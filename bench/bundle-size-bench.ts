import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchModule, TargetCheck } from './bench-module.ts';
import { buildAppOnce } from './build-app.ts';
import { formatKb } from './format.ts';

/** Target for the JavaScript a first visit downloads, gzip. */
const firstLoadTargetBytes = 250_000;

/** One file of the build. */
interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The files `index.html` loads eagerly: entry scripts, module preloads and stylesheets. */
export function findEagerAssets(indexHtml: string): Set<string> {
  const eager = new Set<string>();
  for (const tag of indexHtml.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isEntry = /^<script\b/.test(tag) && /\btype="module"/.test(tag);
    const isPreload = /\brel="(?:modulepreload|stylesheet)"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isEntry || isPreload) && url && !/^[a-z]+:/i.test(url)) {
      eager.add(path.posix.basename(url));
    }
  }
  return eager;
}

const sum = (assets: readonly AssetSize[], key: 'bytes' | 'gzipBytes'): number =>
  assets.reduce((total, asset) => total + asset[key], 0);

/** First-load versus lazily loaded JavaScript of a fresh production build, gzip. */
export const bundleSizeBench: BenchModule = {
  name: 'bundle',
  title: 'Bundle size (production build, gzip)',
  async run({ repoRoot, log }) {
    const dist = await buildAppOnce(repoRoot, (line) => {
      log(`bundle: ${line}`);
    });
    const eager = findEagerAssets(await readFile(path.join(dist, 'index.html'), 'utf8'));
    const assets: AssetSize[] = [];
    for (const file of (await readdir(path.join(dist, 'assets'))).sort()) {
      if (file.endsWith('.map')) continue;
      const content = await readFile(path.join(dist, 'assets', file));
      assets.push({ file, bytes: content.byteLength, gzipBytes: gzipSync(content).byteLength });
    }
    const isJs = (asset: AssetSize): boolean => /\.m?js$/.test(asset.file);
    const groups = {
      firstLoadJs: assets.filter((asset) => isJs(asset) && eager.has(asset.file)),
      lazyJs: assets.filter((asset) => isJs(asset) && !eager.has(asset.file)),
      firstLoadCss: assets.filter((asset) => asset.file.endsWith('.css') && eager.has(asset.file)),
      lazyOther: assets.filter((asset) => !isJs(asset) && !eager.has(asset.file)),
    };
    const firstLoadGzip = sum(groups.firstLoadJs, 'gzipBytes');
    const row = (label: string, group: readonly AssetSize[]): string[] => [
      label,
      String(group.length),
      formatKb(sum(group, 'bytes')),
      formatKb(sum(group, 'gzipBytes')),
    ];
    const lazyGzip = sum(groups.lazyJs, 'gzipBytes');
    const targets: TargetCheck[] = [
      {
        figure: 'first-load JS (gzip)',
        measured: formatKb(firstLoadGzip),
        target: `< ${formatKb(firstLoadTargetBytes)}`,
        met: firstLoadGzip < firstLoadTargetBytes,
        miss:
          firstLoadGzip < firstLoadTargetBytes
            ? ''
            : `+${formatKb(firstLoadGzip - firstLoadTargetBytes)}`,
      },
      {
        figure: 'lazy JS (gzip): workers, dynamic imports',
        measured: formatKb(lazyGzip),
        target: '—',
        met: null,
        miss: '',
      },
    ];
    return {
      targets,
      tables: [
        {
          title: 'What the first visit downloads, and what loads later',
          columns: ['part', 'files', 'raw', 'gzip'],
          rows: [
            row('first-load JS', groups.firstLoadJs),
            row('lazy JS (workers, dynamic imports)', groups.lazyJs),
            row('first-load CSS', groups.firstLoadCss),
            row('lazy other assets (wasm, dictionaries…)', groups.lazyOther),
          ],
        },
        {
          title: 'Every asset',
          columns: ['file', 'loads', 'raw', 'gzip'],
          rows: assets.map((asset) => [
            asset.file,
            eager.has(asset.file) ? 'first' : 'lazy',
            formatKb(asset.bytes),
            formatKb(asset.gzipBytes),
          ]),
        },
      ],
      notes: [
        `First-load JS ${formatKb(firstLoadGzip)} gzip (target < ${formatKb(firstLoadTargetBytes)})` +
          `${firstLoadGzip < firstLoadTargetBytes ? '' : ` — MISSED by ${formatKb(firstLoadGzip - firstLoadTargetBytes)}`}.`,
      ],
      figures: {
        targetBytes: firstLoadTargetBytes,
        firstLoadJsGzipBytes: firstLoadGzip,
        lazyJsGzipBytes: lazyGzip,
        firstLoadCssGzipBytes: sum(groups.firstLoadCss, 'gzipBytes'),
        lazyOtherGzipBytes: sum(groups.lazyOther, 'gzipBytes'),
        assets: assets.map((asset) => ({ ...asset, eager: eager.has(asset.file) })),
      },
    };
  },
};
