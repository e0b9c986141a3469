import { clean } from '../index.js';

const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  process.stdout.write(clean(Buffer.concat(chunks).toString('utf8')));
});
