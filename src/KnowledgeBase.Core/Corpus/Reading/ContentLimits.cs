namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>Bounds on what one content file may cost a build, from <c>limits:</c> in <c>kb.yml</c>.</summary>
/// <param name="MaxFileKb">The largest content file read, in KiB. The default is several times the largest real text known
/// (a consolidated labour code of 1.7 MB); a larger file is a KB016 error, not hours of parsing or an exhausted memory.</param>
public sealed record ContentLimits(int MaxFileKb = ContentLimits.DefaultMaxFileKb)
{
    public const int DefaultMaxFileKb = 8192;

    public static ContentLimits Default { get; } = new();

    public long MaxFileBytes => MaxFileKb * 1024L;
}
