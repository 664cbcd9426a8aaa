using System.Text.RegularExpressions;

namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Names that look like a material's but name none: the labels a paper gives its own samples and cells ("Cell-B",
/// "sample 2", "Pellet III"), the short forms of a device role ("CAM", cathode active material, is a role like
/// "cathode"; corpus/annotations/GUIDELINES.md) or of a current ("DC polarization"), a device's short form ("SOFCs",
/// "LT-SOFC", "μ-SOFC", "ASSBs", "LIB"), and a reaction written with capitals ("RedOx").
/// </summary>
public static partial class NoMaterialNames
{
    private static readonly HashSet<string> DeviceRoles = new(StringComparer.Ordinal) { "CAM", "CAMs", "AM", "AMs", "DC", "AC" };

    public static bool Contains(string text) =>
        Label().IsMatch(text) || DeviceRoles.Contains(text) || Device().IsMatch(text) || text.Equals("redox", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The air a sample is exposed to or handled in ("stored in air", "ambient air"): in the project's scheme no
    /// material (none of its annotators tagged one), where SOFC-Exp's tags a gas as one in some sentences.
    /// </summary>
    public static bool IsAir(string text) => Air().IsMatch(text);

    [GeneratedRegex(@"^(?i:(?:ambient|dry|humid|moist|laboratory)\s+)?(?i:air)$")]
    private static partial Regex Air();

    /// <summary>A fuel cell or battery by its short form, with a prefix that says which kind ("LT-SOFC", "μ-SOFCs").</summary>
    [GeneratedRegex(@"^(?:[μµ]-|[A-Z]{1,3}-)?(?:[A-Z]{0,3}FC|A?SSL?M?B|LI?B|LMB)s?$")]
    private static partial Regex Device();

    [GeneratedRegex(@"^(?i:cell|sample|specimen|pellet|battery|device)s?[\s\-‐]?(?:[A-Z]|\d{1,2}|[IVX]{1,4})$")]
    private static partial Regex Label();
}
