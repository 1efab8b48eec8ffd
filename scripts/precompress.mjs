// Precompresses a built app at build time: writes `file.gz` (gzip -9) and `file.br` (brotli,
// quality 11) beside every text asset big enough to gain from it, so the server sends compressed
// bytes without compressing on each request. Usage: node scripts/precompress.mjs <dist folder>...
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|ico|webmanifest)$/;
const MIN_BYTES = 1024;

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let before = 0;
let gzipped = 0;
let brotli = 0;
for (const folder of process.argv.slice(2)) {
  for (const path of files(folder)) {
    if (!COMPRESSIBLE.test(path) || path.endsWith('.map')) continue;
    const content = readFileSync(path);
    if (content.length < MIN_BYTES) continue;
    const gz = gzipSync(content, { level: 9 });
    const br = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
    writeFileSync(`${path}.gz`, gz);
    writeFileSync(`${path}.br`, br);
    before += content.length;
    gzipped += gz.length;
    brotli += br.length;
  }
}
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`precompressed ${process.argv.slice(2).join(', ')}: ${kB(before)} → gzip ${kB(gzipped)}, brotli ${kB(brotli)}`);
