import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { MODEL_BASE64 } from './src/model/data.generated.js';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

// The ESM and CommonJS builds share one copy of the model data, a CommonJS module that both load
// through its default export (which Node and every bundler give for CommonJS), instead of inlining it twice.
function useSharedModelData(outDir: string): EsbuildPlugin {
  return {
    name: 'use-shared-model-data',
    setup(build) {
      build.onResolve({ filter: /\/data\.generated\.js$/ }, () => ({ path: 'model-data', namespace: 'shared-model-data' }));
      build.onLoad({ filter: /.*/, namespace: 'shared-model-data' }, () => ({
        contents: "import data from './model-data.cjs';\nexport const MODEL_BASE64 = data.MODEL_BASE64;\n",
        resolveDir: outDir,
      }));
      build.onResolve({ filter: /^\.\/model-data\.cjs$/ }, () => ({ path: './model-data.cjs', external: true }));
    },
  };
}

// The command and its workers bundle the library with the model's bytes read from `model-data.cjs` when
// first needed (the workers get the model the command decoded, in shared memory), not imported.
const readModelDataFile: EsbuildPlugin = {
  name: 'read-model-data-file',
  setup(build) {
    const reader = fileURLToPath(new URL('./src/cli/model-bytes-from-file.ts', import.meta.url));
    build.onResolve({ filter: /\/model-bytes\.js$/ }, () => ({ path: reader }));
  },
};

/**
 * The package's build into `outDir`: the library (ESM, CommonJS, types, shared model data), the
 * command and its worker (which bundle the library and read the model data from its file). Tests and
 * the bench build into folders of their own through it.
 * @param outDir Where the files go (default `dist`).
 */
export function packageConfigs(outDir = 'dist'): Options[] {
  return [
    {
      entry: { index: 'src/index.ts' },
      format: ['esm', 'cjs'],
      dts: true,
      target: 'es2022',
      platform: 'neutral',
      sourcemap: false,
      clean: true,
      outDir,
      esbuildPlugins: [useSharedModelData(outDir)],
      onSuccess: async () => {
        // Plain `module.exports`, without an ES-module marker, so that the default import is the object.
        const data = `'use strict';\n// The bundled language model: see src/model/data.generated.ts.\nmodule.exports = { MODEL_BASE64: ${JSON.stringify(MODEL_BASE64)} };\n`;
        writeFileSync(join(outDir, 'model-data.cjs'), data);
      },
    },
    {
      entry: { cli: 'src/cli/main.ts' },
      format: ['esm'],
      target: 'node20',
      platform: 'node',
      banner: { js: '#!/usr/bin/env node' },
      outDir,
      splitting: false,
      esbuildPlugins: [readModelDataFile],
    },
    {
      entry: { worker: 'src/cli/worker.ts' },
      format: ['esm'],
      target: 'node20',
      platform: 'node',
      outDir,
      splitting: false,
      esbuildPlugins: [readModelDataFile],
    },
  ];
}

export default defineConfig(packageConfigs());
