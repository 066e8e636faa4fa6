#!/usr/bin/env bash
# Vendor the dashboard's JavaScript and CSS from npm into the package, so that
# `pip install` and the dashboard work offline and nothing is fetched from a CDN.
#
#   bash scripts/vendor-web-assets.sh
#
# Versions are pinned by web/package.json + web/package-lock.json (`npm ci`,
# install scripts off). The distributed files are copied into
# src/eventwire/web/static/vendor/<package>/ with their licences, and
# vendor/MANIFEST.json records each package's version, lock-file integrity and
# the SHA-256 of every file copied (tests/web/test_vendor.py checks them).
# To upgrade: edit web/package.json, run `npm install --package-lock-only
# --ignore-scripts` in web/, run this script, commit web/ and the vendor folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/src/eventwire/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp "$root/web/package.json" "$root/web/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

# package  files (relative to the package folder)
FILES='
chart.js         dist/chart.umd.min.js dist/chart.umd.min.js.map LICENSE.md
cytoscape        dist/cytoscape.min.js LICENSE
swagger-ui-dist  swagger-ui-bundle.js swagger-ui.css LICENSE NOTICE
'
rm -rf "$dest"
mkdir -p "$dest"
echo "$FILES" | while read -r pkg files; do
  [ -n "$pkg" ] || continue
  mkdir -p "$dest/$pkg"
  for f in $files; do
    cp "$work/node_modules/$pkg/$f" "$dest/$pkg/$(basename "$f")"
  done
done

node - "$work" "$dest" <<'JS'
const fs = require("fs"), path = require("path"), crypto = require("crypto");
const [work, dest] = process.argv.slice(2);
const lock = JSON.parse(fs.readFileSync(path.join(work, "package-lock.json"), "utf8"));
const manifest = {};
for (const pkg of fs.readdirSync(dest).filter((p) => fs.statSync(path.join(dest, p)).isDirectory()).sort()) {
  const meta = JSON.parse(fs.readFileSync(path.join(work, "node_modules", pkg, "package.json"), "utf8"));
  const locked = lock.packages["node_modules/" + pkg];
  if (!locked || locked.version !== meta.version) throw new Error(pkg + ": installed version differs from the lock file");
  const files = {};
  for (const f of fs.readdirSync(path.join(dest, pkg)).sort()) {
    files[f] = crypto.createHash("sha256").update(fs.readFileSync(path.join(dest, pkg, f))).digest("hex");
  }
  manifest[pkg] = { version: meta.version, license: meta.license, integrity: locked.integrity, files };
}
fs.writeFileSync(path.join(dest, "MANIFEST.json"), JSON.stringify(manifest, null, 2) + "\n");
JS
echo "vendored into $dest:" >&2
(cd "$dest" && find . -type f | sort) >&2
