"""Derives basemap/water.geojson: Natural Earth 50m lakes (polygons) and rivers (centre lines), for the map's detail
where analysts zoom in. Standard library only; byte-for-byte reproducible (features sorted, 3 decimals).

    python3 derive_water.py out=DIR neRivers=ne_50m_rivers_lake_centerlines.geojson neLakes=ne_50m_lakes.json
"""
import json
import os
import sys


def fmt(v):
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return float(s) if s not in ("-0", "") else 0.0


def line(coords):
    out = []
    for x, y in coords:
        p = [fmt(x), fmt(y)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def lines_of(geom):
    if geom["type"] == "LineString":
        return [geom["coordinates"]]
    if geom["type"] == "MultiLineString":
        return geom["coordinates"]
    return []


def polygons_of(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    return []


def main(argv):
    args = dict(a.split("=", 1) for a in argv)
    feats = []
    with open(args["neLakes"], encoding="utf-8") as f:
        lakes = json.load(f)
    for ft in lakes["features"]:
        p = ft["properties"]
        polys = [[line(r) for r in poly] for poly in polygons_of(ft["geometry"])]
        polys = [[r for r in poly if len(r) >= 4] for poly in polys]
        polys = [poly for poly in polys if poly]
        if not polys:
            continue
        feats.append({"type": "Feature", "properties": {
            "kind": "lake", "name": p.get("name") or "", "scalerank": int(p.get("scalerank") or 0)},
            "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    with open(args["neRivers"], encoding="utf-8") as f:
        rivers = json.load(f)
    for ft in rivers["features"]:
        p = ft["properties"]
        ls = [line(l) for l in lines_of(ft["geometry"])]
        ls = [l for l in ls if len(l) >= 2]
        if not ls:
            continue
        feats.append({"type": "Feature", "properties": {
            "kind": "river", "name": p.get("name") or "", "scalerank": int(p.get("scalerank") or 0)},
            "geometry": {"type": "MultiLineString", "coordinates": ls}})
    feats.sort(key=lambda f: (f["properties"]["kind"], f["properties"]["name"], json.dumps(f["geometry"])))
    os.makedirs(os.path.join(args["out"], "basemap"), exist_ok=True)
    with open(os.path.join(args["out"], "basemap", "water.geojson"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False,
                           separators=(",", ":"), sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
