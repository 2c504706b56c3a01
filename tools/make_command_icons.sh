#!/bin/sh
# Draws the command icons of the 汇报 menu, toolbar and sidebar buttons
# (addin/uno/package/icons/<command>_16.png and _26.png) with ImageMagick, in
# the style of the product icon: a coloured rounded square with a white sign.
# Run once after changing a design; the PNGs are committed.
set -eu
out=$(dirname "$0")/../addin/uno/package/icons

icon() {   # name colour MVG-drawing (on a 26×26 canvas, white strokes)
    convert -size 26x26 xc:none -fill "$2" -draw "roundrectangle 0,0 25,25 5,5" \
        -stroke white -fill none -strokewidth 3 -draw "stroke-linecap round stroke-linejoin round $3" "$out/$1_26.png"
    convert "$out/$1_26.png" -resize 16x16 "$out/$1_16.png"
}

icon validate   '#2e7d32' 'polyline 6,13 11,18 20,8'
icon assess     '#1565c0' 'line 7,20 7,13 line 13,20 13,7 line 19,20 19,11'
icon report     '#c62828' 'stroke-width 2 line 7,8 19,8 line 7,13 19,13 line 7,18 15,18'
icon clearmarks '#6d6d6d' 'line 8,8 18,18 line 18,8 8,18'
icon exportpdf  '#8e24aa' 'stroke-width 2 line 13,6 13,17 polyline 8,12 13,17 18,12 line 7,20 19,20'
icon templates  '#ef6c00' 'stroke-width 2 rectangle 6,6 20,20 line 6,11 20,11 line 11,11 11,20'
icon collect    '#00838f' 'stroke-width 2 line 13,5 13,15 polyline 9,11 13,15 17,11 polyline 6,14 6,20 20,20 20,14'
icon receipts   '#5d4037' 'stroke-width 2 rectangle 5,8 21,19 polyline 5,8 13,14 21,8'
