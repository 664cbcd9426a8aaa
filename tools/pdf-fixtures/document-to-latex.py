#!/usr/bin/env python3
"""Typesets a paper read by `llzograph extract` (JSON) as a journal-style LaTeX document.

Generic: nothing here knows the paper. Front matter blocks become a full-width title block, headings
become numbered (level 3: run-in) headings, paragraphs keep their text with unicode sub/superscripts
turned into true \\textsubscript / \\textsuperscript, captions become figure floats with an empty
artwork frame, author-bio sidebars become shaded boxes, tables become ruled booktabs tables with
multi-level headers and multi-line cells, and the reference list becomes a numbered bibliography.

usage: document-to-latex.py extract.json --layout twocolumn|onecolumn [--journal NAME] > paper.tex
"""
import argparse
import json
import re
import sys

SUB = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ"
SUB_PLAIN = "0123456789+-=()aeoxhklmnpst"
SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ"
SUP_PLAIN = "0123456789+-=()ni"

SYMBOLS = {
    "Ω": r"$\Omega$", "Δ": r"$\Delta$", "ρ": r"$\rho$", "α": r"$\alpha$", "β": r"$\beta$", "γ": r"$\gamma$",
    "δ": r"$\delta$", "λ": r"$\lambda$", "σ": r"$\sigma$", "θ": r"$\theta$", "η": r"$\eta$", "τ": r"$\tau$",
    "µ": r"\textmu{}", "μ": r"\textmu{}", "°": r"\textdegree{}", "†": r"\dag{}", "‡": r"\ddag{}",
    "≈": r"$\approx$", "≤": r"$\leq$", "≥": r"$\geq$", "×": r"$\times$", "±": r"$\pm$", "→": r"$\rightarrow$",
    "·": r"$\cdot$", "−": r"\textminus{}", "–": "--", "—": "---", "~": r"\textasciitilde{}",
    "\\": r"\textbackslash{}", "%": r"\%", "&": r"\&", "_": r"\_", "#": r"\#", "$": r"\$", "{": r"\{",
    "}": r"\}", "^": r"\^{}", "’": "'", "‘": "`", "“": "``", "”": "''", "′": r"$'$", "Å": r"\AA{}",
    "\u00a0": "~", "\u2009": r"\,",
}


def script(run, forms, plain, command):
    text = "".join(plain[forms.index(c)] if c in forms else c for c in run)
    text = "".join(r"\textminus{}" if c == "-" else c for c in text)
    return "\\%s{%s}" % (command, text)


def tex(text):
    """Escapes plain text for LaTeX, typesetting unicode sub/superscript runs as true scripts."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        for forms, plain, command in ((SUB, SUB_PLAIN, "textsubscript"), (SUP, SUP_PLAIN, "textsuperscript")):
            if c in forms:
                j = i
                # a run of script characters; '.' or ',' between two of them belongs to the run (Li₆.₄, ³²,⁴⁹)
                while j < len(text) and (text[j] in forms or (text[j] in ".," and j + 1 < len(text) and text[j + 1] in forms and j > i)):
                    j += 1
                out.append(script(text[i:j], forms, plain, command))
                i = j
                break
        else:
            out.append(SYMBOLS.get(c, c))
            i += 1
    return "".join(out)


def heading(block_text, sections):
    for s in sections:
        label = (s["number"] + " " + s["title"]) if s["number"] else s["title"]
        if label == block_text:
            return s
    return None


def table(t, twocolumn):
    columns = t["columns"]
    width = len(columns)
    parts = [c.split(" / ") for c in columns]
    depth = max(len(p) for p in parts)
    first = "p{3.0cm}" if twocolumn else "p{2.6cm}"
    spec = first + "".join(">{\\centering\\arraybackslash}p{%s}" % ("2.1cm" if twocolumn else "1.75cm") for _ in range(width - 1))
    lines = [r"\begin{tabular}{%s}" % spec, r"\toprule"]
    for level in range(depth):
        cells = []
        rules = []
        c = 0
        while c < width:
            p = parts[c]
            if len(p) > 1 and level < len(p) - 1:
                # a parent header: span every following column that shares it
                span = 1
                while c + span < width and parts[c + span][:level + 1] == p[:level + 1]:
                    span += 1
                cells.append(r"\multicolumn{%d}{c}{%s}" % (span, tex(p[level])))
                rules.append((c + 1, c + span))
                c += span
                continue
            text = p[-1] if (level == depth - 1 and len(p) > 1) or (len(p) == 1 and level == 0) else ""
            cells.append(tex(text))
            c += 1
        lines.append(" & ".join(cells) + r" \\")
        for a, b in rules:
            lines.append(r"\cmidrule(lr){%d-%d}" % (a, b))
    lines.append(r"\midrule")
    for row in t["rows"]:
        height = max(len(c) for c in row)
        for line in range(height):
            cells = [tex(c[line]) if line < len(c) else "" for c in row]
            lines.append(" & ".join(cells) + r" \\")
    lines.append(r"\bottomrule")
    lines.append(r"\end{tabular}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("json")
    ap.add_argument("--layout", choices=["twocolumn", "onecolumn"], default="twocolumn")
    ap.add_argument("--journal", default="Materials Chemistry Frontiers")
    ap.add_argument("--short-journal", default="Mater. Chem. Front.")
    a = ap.parse_args()
    twocolumn = a.layout == "twocolumn"
    d = json.load(open(a.json, encoding="utf-8"))
    meta = d["metadata"]
    blocks = d["blocks"]
    sections = d["sections"]
    tables = list(d["tables"])
    year = meta.get("year") or 2024
    first_author = (meta["authors"][0].split()[-1] + " et al.") if meta["authors"] else ""

    banner, front_after, affiliations, body = [], [], [], []
    seen_title = seen_abstract = False
    for b in blocks:
        k = b["kind"]
        if k == "Title":
            seen_title = True
        elif k == "Abstract":
            seen_abstract = True
        elif k == "FrontMatter" and not seen_title:
            banner.append(b["text"])
        elif k == "FrontMatter" and b["section"] == "Front matter" and not any(x["kind"] == "Heading" for x in body):
            front_after.append(b["text"])
        elif k == "FrontMatter":
            affiliations.append(b["text"])
        else:
            body.append(b)

    out = []
    w = out.append
    w(r"\documentclass[%s,10pt]{article}" % a.layout)
    w(r"\usepackage[T1]{fontenc}")
    w(r"\usepackage{textcomp}")
    w(r"\usepackage{mathptmx}")
    w(r"\usepackage[scaled=0.92]{helvet}")
    w(r"\usepackage[a4paper,margin=%s,columnsep=7mm,headheight=14pt]{geometry}" % ("17mm" if twocolumn else "25mm"))
    w(r"\usepackage{fancyhdr,lastpage,booktabs,array,xcolor}")
    w(r"\usepackage[hyphens]{url}")
    w(r"\input{glyphtounicode}\pdfgentounicode=1")
    w(r"\pdfinfo{/Title (%s) /Author (%s)}" % (re.sub(r"[()\\]", "", meta["title"]), ", ".join(meta["authors"])))
    w(r"\pagestyle{fancy}\fancyhf{}")
    w(r"\fancyhead[L]{\small\textsf{Review}}\fancyhead[R]{\small\textsf{%s}}" % tex(a.journal))
    w(r"\fancyfoot[L]{\footnotesize This journal is \copyright{} the Partner Organisations %d}" % year)
    w(r"\fancyfoot[R]{\footnotesize \textit{%s}, %d, 1--\pageref{LastPage} \textbar{} \textbf{\thepage}}" % (tex(a.short_journal), year))
    w(r"\renewcommand{\headrulewidth}{0pt}")
    w(r"\fancypagestyle{plain}{\fancyhf{}\fancyfoot[L]{\footnotesize This journal is \copyright{} the Partner Organisations %d}"
      r"\fancyfoot[R]{\footnotesize \textit{%s}, %d, 1--\pageref{LastPage} \textbar{} \textbf{\thepage}}\renewcommand{\headrulewidth}{0pt}}"
      % (year, tex(a.short_journal), year))
    w(r"\newcommand{\Artwork}{\colorbox{black!12}{\rule{0pt}{3.2cm}\rule{0.96\linewidth}{0pt}}}")
    w(r"\newcommand{\Bio}[2]{\noindent\fcolorbox{black!40}{black!6}{\begin{minipage}{0.94\linewidth}\small"
      r"\colorbox{black!20}{\rule{0pt}{1.6cm}\rule{1.3cm}{0pt}}\par\vspace{2pt}\textbf{#1}\par\vspace{3pt}#2\end{minipage}}}")
    w(r"\makeatletter\renewcommand\@biblabel[1]{#1}\makeatother")
    w(r"\setlength{\parindent}{1em}")
    w(r"\setcounter{topnumber}{3}\renewcommand{\topfraction}{0.8}\renewcommand{\dbltopfraction}{0.85}\renewcommand{\textfraction}{0.1}")
    w(r"\begin{document}")
    title_block = []
    t = title_block.append
    t(r"{\sffamily\bfseries\large %s}\par\vspace{6pt}" % r"\ \ ".join(tex(x) for x in banner))
    t(r"{\LARGE\bfseries %s\par}\vspace{8pt}" % tex(meta["title"]))
    authors_block = next((b["text"] for b in blocks if b["kind"] == "Authors"), ", ".join(meta["authors"]))
    marker = re.compile(r"(?<=[,\w])([†‡*§]+[a-z]*)(?=\s|,|$)")
    authors_tex = "".join(r"\textsuperscript{%s}" % tex(p) if i % 2 else tex(p) for i, p in enumerate(marker.split(authors_block)))
    t(r"{\large %s\par}\vspace{10pt}" % authors_tex)
    if meta.get("abstract"):
        t(r"\noindent %s\par\vspace{8pt}" % tex(meta["abstract"]))
    for x in front_after:
        t(r"\noindent{\footnotesize %s}\par" % tex(x))
    if twocolumn:
        w(r"\twocolumn[{" + "\n".join(title_block) + r"\vspace{14pt}}]")
    else:
        w("\n".join(title_block) + r"\vspace{14pt}")
    w(r"\thispagestyle{plain}")
    if affiliations:
        w(r"\begingroup\renewcommand\thefootnote{}")
        for x in affiliations:
            x = re.sub(r"^\[\\\]dagger\s*", "† ", x)
            w(r"\footnotetext{%s}" % tex(x))
        w(r"\endgroup")

    figure_env = "figure*" if twocolumn else "figure"
    table_env = "table*" if twocolumn else "table"
    i = 0
    pending_runin = None
    in_references = False
    while i < len(body):
        b = body[i]
        k = b["kind"]
        if k == "Heading":
            s = heading(b["text"], sections)
            level = s["level"] if s else 1
            number = s["number"] if s else ""
            title = s["title"] if s else b["text"]
            if level >= 3 and number:
                pending_runin = r"\textbf{%s %s.}\ " % (number, tex(title))
            elif level == 2:
                w(r"\par\vspace{6pt}\noindent{\normalsize\bfseries %s %s\par}\vspace{3pt}" % (number, tex(title)))
            else:
                w(r"\par\vspace{9pt}\noindent{\large\bfseries %s\par}\vspace{4pt}" % ((number + " " if number else "") + tex(title)))
            in_references = title.lower() in ("references", "notes and references")
        elif k == "Paragraph":
            text = tex(b["text"])
            text = re.sub(r"^(\((?:[ivx]+|\d+)\)\s[^.]{3,80}\.)", lambda m: r"\textit{%s}" % m.group(1), text)
            if pending_runin:
                w(r"\par\vspace{3pt}\noindent " + pending_runin + text + "\n")
                pending_runin = None
            else:
                w("\\par " + text + "\n")
        elif k == "Caption" and b["text"].startswith("Table") and tables:
            tbl = tables.pop(0)
            label = tbl["label"]
            caption = b["text"][len(label):].strip()
            w(r"\begin{%s}[tp]\small\noindent\textbf{%s}\ \ %s\par\vspace{4pt}\noindent\centering" % (table_env, tex(label), tex(caption)))
            w(table(tbl, twocolumn))
            w(r"\end{%s}" % table_env)
            if i + 1 < len(body) and body[i + 1]["kind"] == "Table":
                i += 1
        elif k == "Caption":
            m = re.match(r"^((?:Fig\.|Figure|Scheme)\s*\d+[a-z]?)\s*(.*)$", b["text"], re.S)
            label, caption = (m.group(1), m.group(2)) if m else ("", b["text"])
            w(r"\begin{%s}[tp]\centering\Artwork\par\vspace{4pt}\footnotesize\raggedright\textbf{%s}\ \ %s\end{%s}"
              % (figure_env, tex(label), tex(caption), figure_env))
        elif k == "Sidebar":
            name = b["text"]
            bio = body[i + 1]["text"] if i + 1 < len(body) and body[i + 1]["kind"] == "Sidebar" else ""
            if bio.startswith(name):
                i += 1
            else:
                bio, name = name, ""
            w(r"\begin{figure}[%s]\Bio{%s}{%s}\end{figure}" % ("b" if twocolumn else "tp", tex(name), tex(bio)))
        i += 1

    refs = d["references"]
    if refs:
        # the converted-text reader has its own "References" heading block already: no second heading
        w(r"\begingroup\small\renewcommand{\section}[2]{}\begin{thebibliography}{%d}\setlength{\itemsep}{1pt}" % len(refs))
        for r in refs:
            w(r"\bibitem{r%d} %s" % (r["number"], tex(r["raw"])))
        w(r"\end{thebibliography}\endgroup")
    w(r"\end{document}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
