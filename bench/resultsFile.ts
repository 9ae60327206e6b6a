import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const RESULTS = new URL('./RESULTS.md', import.meta.url);

/** The sections other tools than `npm run bench` write; the bench keeps them when it rewrites the file. */
export const SOAK_HEADING = '## Soak';
export const SUBSCRIPTIONS_HEADING = '## Subscriptions';
const OTHER_TOOLS = [SOAK_HEADING, SUBSCRIPTIONS_HEADING];

/**
 * Writes `npm run bench`'s report as the whole file, keeping the other tools' sections verbatim (a
 * section of the bench's own that it no longer writes goes).
 */
export function writeBenchReport(markdown: string): void {
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  const kept = previous
    .split(/\n(?=## )/)
    .slice(1)
    .filter((part) => OTHER_TOOLS.includes(part.split('\n', 1)[0]?.trim() ?? ''))
    .map((part) => part.trimEnd());
  writeFileSync(RESULTS, [markdown.trimEnd(), ...kept].join('\n\n') + '\n');
}

/**
 * Replaces one tool's section of bench/RESULTS.md (its heading to the next `## ` or the end), or
 * appends it; every other section stays as it was. The soak and subscription benchmarks write theirs.
 */
export function writeResultsSection(heading: string, section: string): void {
  const markdown = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start === -1) {
    writeFileSync(RESULTS, `${markdown.trimEnd()}\n\n${section}`);
    return;
  }
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const before = lines.slice(0, start).join('\n').trimEnd();
  const after = end === -1 ? '' : `\n${lines.slice(end).join('\n')}`;
  writeFileSync(RESULTS, `${before}\n\n${section}${after}`);
}
