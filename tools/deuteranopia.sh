#!/usr/bin/env bash
# Simulates deuteranopia on a screenshot: tools/deuteranopia.sh IN.png OUT.png
# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB (ImageMagick's "RGB").
# Used to check that the kiosk's colours stay apart for the commonest colour-vision deficiency
# (docs/kiosk-visitor.md).
set -euo pipefail
if [[ $# -ne 2 ]]; then
  echo "usage: $0 IN.png OUT.png" >&2
  exit 2
fi
convert "$1" -colorspace RGB -color-matrix \
  "0.367322 0.860646 -0.227968  0.280085 0.672501 0.047413  -0.011820 0.042940 0.968881" \
  -colorspace sRGB "$2"
