using System.Globalization;
using System.Text;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Api;

/// <summary>Writes cited works as BibTeX entries: @article, or @patent for a patent office's number, or @misc.</summary>
public static class BibTex
{
    public static string Format(ReferenceView r)
    {
        var type = r.Journal is { } j && j.Contains("Pat", StringComparison.Ordinal) ? "patent" : r.Journal is null ? "misc" : "article";
        var sb = new StringBuilder();
        sb.Append('@').Append(type).Append('{').Append(Key(r)).Append(",\n");
        Field(sb, "author", r.Authors.Count > 0 ? string.Join(" and ", r.Authors) : null);
        Field(sb, "title", r.Title);
        Field(sb, type == "patent" ? "number" : "journal", type == "patent" ? r.Pages : r.Journal);
        Field(sb, "year", r.Year?.ToString(CultureInfo.InvariantCulture));
        Field(sb, "volume", r.Volume);
        Field(sb, "pages", type == "patent" ? null : r.Pages?.Replace("-", "--", StringComparison.Ordinal));
        Field(sb, "doi", r.Doi);
        Field(sb, "note", r.Title is null && r.Journal is null ? r.Raw : null);
        return sb.Append("}\n").ToString();
    }

    /// <summary>"feng2022stabilization": first author's surname, year, first word of the title.</summary>
    public static string Key(ReferenceView r)
    {
        var surname = r.FirstAuthor is { } a ? ReferenceEntry.Surname(a) : "anonymous";
        var word = r.Title?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => w.Length > 3) ?? r.Number.ToString(CultureInfo.InvariantCulture);
        return Letters(surname) + r.Year?.ToString(CultureInfo.InvariantCulture) + Letters(word);
    }

    private static string Letters(string s) =>
        new(s.Normalize(NormalizationForm.FormD).Where(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9').Select(char.ToLowerInvariant).ToArray());

    private static void Field(StringBuilder sb, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            sb.Append("  ").Append(name).Append(" = {").Append(value.Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal)).Append("},\n");
        }
    }
}
