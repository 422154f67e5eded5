#!/bin/sh
# Pictures for docs/preview.md: one filing rendered by EDGAR's stylesheet (xsltproc) beside `form4 render`, in one
# PNG taken by headless Chromium. Needs xsltproc, chromium and the bundled command line (`node esbuild.mjs`).
#   scripts/edgar-side-by-side.sh FILING.xml STYLESHEET.xsl OUT.png
set -eu
filing=$1 stylesheet=$2 out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
xsltproc "$stylesheet" "$filing" > "$work/edgar.html"
node "$(dirname "$0")/../dist/cli.js" render -o "$work/ours.html" --force "$filing"
cat > "$work/side.html" <<HTML
<!DOCTYPE html><html><head><style>
body { margin: 0; font-family: Arial, sans-serif; background: #fff; }
.col { display: inline-block; vertical-align: top; width: 1190px; margin: 0 5px; }
h1 { font-size: 20px; margin: 8px 4px; }
iframe { width: 1190px; height: 1700px; border: 1px solid #999; }
</style></head><body>
<div class="col"><h1>EDGAR (xsltproc, $(basename "$stylesheet"))</h1><iframe src="edgar.html"></iframe></div>
<div class="col"><h1>form4 render</h1><iframe src="ours.html"></iframe></div>
</body></html>
HTML
chromium --headless --no-sandbox --allow-file-access-from-files --force-device-scale-factor=0.75 \
  --window-size=2420,1760 --screenshot="$(realpath -m "$out")" "$work/side.html" 2>/dev/null
