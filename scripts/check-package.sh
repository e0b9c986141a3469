#!/usr/bin/env bash
# Checks the package as it would be published: the types every resolution mode sees in the packed
# tarball (attw), the package.json fields and files against what is packed (publint, warnings as
# errors), and the list and size of the files that would ship (npm pack --dry-run).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=node_modules/.bin

# `--pack` runs `npm pack`, whose `prepare` script builds dist/ afresh first.
"$bin/attw" --pack .
"$bin/publint" --strict
npm pack --dry-run --ignore-scripts
