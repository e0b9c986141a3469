import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { MODEL_BASE64 } from './src/model/data.generated.js';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

// The command (and its workers) load the library from the `index.js` built beside them instead of
// bundling a second copy of it and of its model.
const useBuiltLibrary: EsbuildPlugin = {
  name: 'use-built-library',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: './index.js', external: true }));
  },
};

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

// The workers get the model the command decoded, in shared memory: their bundle leaves the encoded
// model out, so that each thread does not load a copy of it.
const leaveOutModelData: EsbuildPlugin = {
  name: 'leave-out-model-data',
  setup(build) {
    build.onResolve({ filter: /\/data\.generated\.js$/ }, () => ({ path: 'model-data', namespace: 'no-model-data' }));
    build.onLoad({ filter: /.*/, namespace: 'no-model-data' }, () => ({ contents: "export const MODEL_BASE64 = '';\n" }));
  },
};

/**
 * The package's build into `outDir`: the library (ESM, CommonJS, types, shared model data), the
 * command, and its worker (which bundles the library without the model data). Tests and the bench
 * build into folders of their own through it.
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
      esbuildPlugins: [useBuiltLibrary, useSharedModelData(outDir)],
    },
    {
      entry: { worker: 'src/cli/worker.ts' },
      format: ['esm'],
      target: 'node20',
      platform: 'node',
      outDir,
      splitting: false,
      esbuildPlugins: [leaveOutModelData],
    },
  ];
}

export default defineConfig(packageConfigs());
