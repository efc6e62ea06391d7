const t0 = performance.now();
const { checkDataset } = await import('./pipeline.js');
const t1 = performance.now();
const r = await checkDataset('/work/wt/arch');
const t2 = performance.now();
const r2 = await checkDataset('/work/wt/arch');
const t3 = performance.now();
console.log({ import: t1 - t0, first: t2 - t1, second: t3 - t2, problems: r.problems.length });
