"""Writes names/organisations.txt: one-word names and acronyms of international organisations.

Input: the CIA World Factbook's "international organization participation" field for every country (public
domain, US government work), as collected in dieghernan/Country-Codes-and-International-Organizations
(outputs/bk/FactOrgs.csv). The recogniser refuses such a word as a place unless the gazetteer knows an important
place of that name ("NATO" is not Nato in the Philippines).

Kept: names of one word of letters ("NATO", "OSCE", "EU", "Mercosur"), that is acronyms or single words; notes
and parenthesised qualifiers ("OSCE (partner)") are dropped, as are lower-case words.
"""
import csv
import re
import sys


def main(args):
    opts = dict(a.split("=", 1) for a in args)
    names = set()
    with open(opts["factOrgs"], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            orgs = row["Orgs"].split("note -")[0]
            orgs = re.sub(r"\([^)]*\)", "", orgs)
            for org in orgs.split(","):
                org = org.strip()
                if re.fullmatch(r"[A-Z][A-Za-z]+", org):
                    names.add(org)
    with open(opts["out"], "w", encoding="utf-8", newline="\n") as out:
        out.write("# International organisations' acronyms and one-word names, from the CIA World Factbook\n")
        out.write("# (public domain) via geodata/derive.sh; see geodata/README.md.\n")
        for name in sorted(names):
            out.write(name + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
