#!/usr/bin/env python3
"""Generates the Teams app icons of PmgBot with only the Python standard library (zlib + struct).

  color.png   192x192, full colour: full-bleed accent background, a white "network" glyph (three connected people
              nodes around a centre) inside the central 120x120 safe area, one node in orange.
  outline.png 32x32, the same three nodes and triangle in white on a transparent background (as Teams requires).

Run from anywhere:  python3 manifest/generate-icons.py   (writes next to this script; the output is deterministic)
"""
import math
import os
import struct
import zlib

ACCENT = (0x1F, 0x5F, 0x8B)  # keep in sync with accentColor in manifest.json (#1F5F8B)
WHITE = (0xFF, 0xFF, 0xFF)
ORANGE = (0xF2, 0xA5, 0x41)

# Glyph in unit coordinates (0..1): outer nodes, a centre node, and the links between them.
NODES = [(0.50, 0.17), (0.18, 0.78), (0.82, 0.78)]
CENTRE = (0.50, 0.58)
LINKS = [(NODES[0], NODES[1]), (NODES[1], NODES[2]), (NODES[2], NODES[0])] + [(n, CENTRE) for n in NODES]


def seg_dist(p, a, b):
    ax, ay = a
    bx, by = b
    px, py = p
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def glyph_sample(x, y, node_r, centre_r, link_w, links):
    """0 = outside, 1 = white part, 2 = highlighted (orange) node."""
    if centre_r and math.hypot(x - CENTRE[0], y - CENTRE[1]) <= centre_r:
        return 2
    for n in NODES:
        if math.hypot(x - n[0], y - n[1]) <= node_r:
            return 1
    for a, b in links:
        if seg_dist((x, y), a, b) <= link_w / 2:
            return 1
    return 0


def render(size, margin, node_r, centre_r, link_w, background, centre_colour, links=LINKS, ss=4):
    """RGBA rows. The glyph occupies [margin, size - margin] in both directions; ss x ss supersampling."""
    span = size - 2 * margin
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            counts = [0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    x = (px + (sx + 0.5) / ss - margin) / span
                    y = (py + (sy + 0.5) / ss - margin) / span
                    counts[glyph_sample(x, y, node_r, centre_r, link_w, links)] += 1
            total = ss * ss
            if background is None:  # outline: white, coverage in alpha
                cover = (counts[1] + counts[2]) / total
                row += bytes((255, 255, 255, round(cover * 255)))
            else:
                mix = [background[i] * counts[0] + WHITE[i] * counts[1] + centre_colour[i] * counts[2] for i in range(3)]
                row += bytes(round(c / total) for c in mix) + b"\xff"
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + r for r in rows)  # filter type 0 per row
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))  # 8-bit RGBA
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    # colour: glyph inside the central 120x120 safe area (margin 36)
    write_png(os.path.join(here, "color.png"), 192,
              render(192, 36, node_r=0.13, centre_r=0.11, link_w=0.075, background=ACCENT, centre_colour=ORANGE))
    # outline: white on transparent; at 32 px only the three nodes and the triangle, so it stays readable
    write_png(os.path.join(here, "outline.png"), 32,
              render(32, 2, node_r=0.16, centre_r=0, link_w=0.09, background=None, centre_colour=WHITE,
                     links=LINKS[:3], ss=8))


if __name__ == "__main__":
    main()
