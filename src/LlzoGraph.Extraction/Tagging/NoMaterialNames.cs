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

    /// <summary>
    /// The air a sample is exposed to or handled in ("stored in air", "ambient air"): in the project's scheme no
    /// material (none of its annotators tagged one), where SOFC-Exp's tags a gas as one in some sentences.
    /// </summary>
    public static bool IsAir(string text) => Air().IsMatch(text);

    [GeneratedRegex(@"^(?i:(?:ambient|dry|humid|moist|laboratory)\s+)?(?i:air)$")]
    private static partial Regex Air();

    [GeneratedRegex(@"^(?i:cell|sample|specimen|pellet|battery|device)s?[\s\-‐]?(?:[A-Z]|\d{1,2}|[IVX]{1,4})$")]
    private static partial Regex Label();
}
