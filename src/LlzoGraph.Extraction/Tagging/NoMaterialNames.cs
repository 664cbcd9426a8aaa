using System.Text.RegularExpressions;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Names that look like a material's but name none: the labels a paper gives its own samples and cells ("Cell-B",
/// "sample 2", "Pellet III"), and the short forms of a device role ("CAM", cathode active material, is a role like
/// "cathode"; corpus/annotations/GUIDELINES.md).
/// </summary>
public static partial class NoMaterialNames
{
    private static readonly HashSet<string> DeviceRoles = new(StringComparer.Ordinal) { "CAM", "CAMs", "AM", "AMs" };

    public static bool Contains(string text) => Label().IsMatch(text) || DeviceRoles.Contains(text);

    [GeneratedRegex(@"^(?i:cell|sample|specimen|pellet|battery|device)s?[\s\-‐]?(?:[A-Z]|\d{1,2}|[IVX]{1,4})$")]
    private static partial Regex Label();
}
