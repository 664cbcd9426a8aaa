using LlzoGraph.Core.Documents;
using LlzoGraph.Extraction.Tagging;
using LlzoGraph.Extraction.Text;

namespace LlzoGraph.Cli.Output;

/// <summary>
/// The `mentions` section of `llzograph extract`: for each running-text sentence (abstract, paragraphs, captions)
/// with at least one entity, the tagger's mentions with type, text, offsets into the sentence and confidence.
/// </summary>
internal static class MentionsJson
{
    public static IEnumerable<object> From(Document document, IEntityTagger tagger)
    {
        var terms = DocumentTerms.Of(document);
        return document.RunningText
            .SelectMany(b => SentenceSplitter.Split(b.Text).Select(s => (Block: b, Sentence: s)))
            .Select(x => (x.Block, x.Sentence, Mentions: tagger.Tag(x.Sentence.Text, TaggingDomain.Project, terms)))
            .Where(x => x.Mentions.Count > 0)
            .Select(x => new
            {
                block = x.Block.Index,
                sentence = x.Sentence.Index,
                text = x.Sentence.Text,
                mentions = x.Mentions.Select(m => new { type = m.Type.Label(), m.Text, m.Start, m.End, confidence = Math.Round(m.Confidence, 3) }),
            })
            .ToList();
    }
}
