// Published results of TPSDP (Yang, Cai, Lai, Lü et al. 2022, EJOR 302(3), "A three-phase search
// approach with dynamic population size for the maximally diverse grouping problem") on the
// MDGPLIB files in mdgplib/: best, average and worst objective of its 20 runs per instance
// (3 s for n = 120, 20 s for n = 240, in C++). Source: the authors' data archive
// `resource/TPSDP_Data.zip` in the GitHub repository toyamaailab/toyamaailab.github.io (commit
// 33ac510fc877202aaf98d1e7440c26a183b71af4; the archive was added in e183f63, 2 Feb 2022),
// first line of each `<instance>_new.txt` (then the best solution itself). Each best solution
// was re-scored on our copy of the file (mdgplib/SOURCES.md) and gives the same objective
// (to the 6 decimals TPSDP prints; it reads distances as 32-bit floats), so the files agree.
//
// `bestKnown` is the larger of TPSDP's best and the best objective our solvers reached on this
// machine and re-scored with `mdgp-cli.ts --score` (`ours`, with where it is recorded): on seven
// of the twelve files that is above TPSDP's best (by 0.001–0.1 %), which is then not the best known.
export interface BestKnown {
  tpsdp: { best: number; average: number; worst: number };
  ours?: { objective: number; where: string };
}

export const MDGPLIB_BEST_KNOWN: Record<string, BestKnown> = {
  Geo_n120_ds_01: {
    tpsdp: { best: 111867.794067, average: 111831.559669, worst: 111807.7911 },
    ours: {
      objective: 111979.819,
      where: 'docs/BENCHMARKS.md, MDGP after TPSDP, memetic, seed 2, 20 s',
    },
  },
  Geo_n120_ss_01: {
    tpsdp: { best: 101568.850868, average: 101553.749279, worst: 101534.717857 },
    ours: {
      objective: 101667.529,
      where: 'docs/BENCHMARKS.md, MDGP after TPSDP, previous memetic, seed 3, 20 s',
    },
  },
  RanInt_n120_ds_01: {
    tpsdp: { best: 51146, average: 51075.85, worst: 50985 },
    ours: {
      objective: 51171,
      where: 'docs/BENCHMARKS.md, MDGP after TPSDP, previous memetic, seed 2, 20 s',
    },
  },
  RanInt_n120_ss_01: { tpsdp: { best: 47909, average: 47909, worst: 47909 } },
  RanReal_n120_ds_01: {
    tpsdp: { best: 50549.134952, average: 50476.928551, worst: 50287.914917 },
    ours: {
      objective: 50601.64,
      where: 'docs/BENCHMARKS.md, MDGP after TPSDP, memetic, seeds 2 and 3, 20 s',
    },
  },
  RanReal_n120_ss_01: { tpsdp: { best: 47363.206898, average: 47343.681247, worst: 47219.326853 } },
  Geo_n240_ds_01: {
    tpsdp: { best: 200324.345226, average: 200306.533881, worst: 200292.875925 },
    ours: {
      objective: 200327.191,
      where: 'docs/BENCHMARKS.md, MDGP after TPSDP, memetic, seed 2, 20 s',
    },
  },
  Geo_n240_ss_01: {
    tpsdp: { best: 188824.785912, average: 188807.337247, worst: 188801.055973 },
    ours: {
      objective: 188828.801,
      where: 'docs/BENCHMARKS.md, MDGP after TPSDP, previous memetic, seed 3, 20 s',
    },
  },
  RanInt_n240_ds_01: {
    tpsdp: { best: 160596, average: 160358.1, worst: 160112 },
    ours: {
      objective: 160696,
      where: 'docs/BENCHMARKS.md, MDGP after TPSDP, memetic, seed 1, 20 s',
    },
  },
  RanInt_n240_ss_01: { tpsdp: { best: 155577, average: 155440.2, worst: 155152 } },
  RanReal_n240_ds_01: {
    tpsdp: { best: 160219.44692, average: 159974.219924, worst: 159674.673959 },
  },
  RanReal_n240_ss_01: {
    tpsdp: { best: 155246.465892, average: 155041.877002, worst: 154765.555012 },
  },
};

/** The best objective known for an MDGPLIB file (undefined for a file not listed). */
export function bestKnown(name: string): number | undefined {
  const entry = MDGPLIB_BEST_KNOWN[name];
  return entry && Math.max(entry.tpsdp.best, entry.ours?.objective ?? -Infinity);
}
