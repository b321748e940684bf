/** `node out/scripts/writeRoadmap.js N OUT` writes a generated roadmap of N initiatives. */
import { writeFileSync } from 'node:fs';
import { generateRoadmap } from './generateRoadmap';

const count = Number(process.argv[2] ?? 1000);
const out = process.argv[3] ?? `generated-${count}.cxroadmap.yaml`;
writeFileSync(out, generateRoadmap(count));
