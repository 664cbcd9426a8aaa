using System.Text.RegularExpressions;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// The labels a paper gives its own samples and cells ("Cell-B", "sample 2", "Pellet III"): a name of a specimen, not of
/// a material, whatever its shape suggests.
/// </summary>
public static partial class SampleLabels
{
    public static bool IsLabel(string text) => Label().IsMatch(text);

    [GeneratedRegex(@"^(?i:cell|sample|specimen|pellet|battery|device)s?[\s\-‐]?(?:[A-Z]|\d{1,2}|[IVX]{1,4})$")]
    private static partial Regex Label();
}
