using System.Text;
using LlzoGraph.Core;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Ports;

namespace LlzoGraph.Documents.ConvertedText;

/// <summary>
/// Reads papers that reach us as converted text (.txt, .md): front matter, numbered and run-in section
/// headings, paragraphs re-joined across page breaks, captions, author-bio sidebars, tables and the
/// reference list, with LaTeX and script artefacts normalised to unicode.
/// </summary>
public sealed class ConvertedTextReader : IDocumentReader
{
    /// <summary>Files larger than this are refused rather than read.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".text"];

    public bool CanRead(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public async Task<Parsed<Document>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Parsed<Document>.Failure("file not found");
            }

            if (info.Length == 0)
            {
                return Parsed<Document>.Failure("file is empty");
            }

            if (info.Length > MaxBytes)
            {
                return Parsed<Document>.Failure($"file is larger than {MaxBytes / (1024 * 1024)} MiB");
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return Read(path, bytes);
        }
        catch (IOException e)
        {
            return Parsed<Document>.Failure($"cannot read file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return Parsed<Document>.Failure($"cannot read file: {e.Message}");
        }
    }

    /// <summary>Reads a document from the bytes of a converted-text file.</summary>
    public static Parsed<Document> Read(string source, byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'); // GetString keeps a byte order mark
        }
        catch (DecoderFallbackException)
        {
            return Parsed<Document>.Failure("not UTF-8 text (is it a binary file with a text extension?)");
        }

        if (text.Contains('\0', StringComparison.Ordinal) || text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') > text.Length / 100 + 8)
        {
            return Parsed<Document>.Failure("holds binary data, not text");
        }

        var document = DocumentAssembler.Assemble(source, text);
        return document.Blocks.Any(b => b.Kind is BlockKind.Paragraph or BlockKind.Abstract)
            ? Parsed<Document>.Success(document)
            : Parsed<Document>.Failure("no paragraphs of text found");
    }
}
