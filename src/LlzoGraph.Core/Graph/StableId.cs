using System.Security.Cryptography;
using System.Text;

namespace LlzoGraph.Core.Graph;

/// <summary>
/// Deterministic node ids: a type prefix and the first 16 bytes of SHA-256 over the node's identifying parts.
/// The same paper read twice gives the same ids, so re-ingesting it changes nothing.
/// </summary>
public static class StableId
{
    public static string For(string type, params string?[] parts)
    {
        var key = string.Join('\u001f', parts.Select(p => p ?? string.Empty));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return type + ":" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>Case-, space- and script-insensitive form of a name, used as its identity.</summary>
    public static string NameKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch) || ch is '-' or '/' or '+' or '.' or '(' or ')' or '@' or '|')
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString();
    }

    /// <summary>Letters and digits only, lower case, accents removed: the tolerant key of a surname.</summary>
    public static string Letters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString();
    }
}
