namespace KnowledgeBase.Core.Storage;

/// <summary>The names inside a build folder and its LiteDB store: a contract between the indexer and the site, defined once.</summary>
public static class StoreSchema
{
    public const string DatabaseFile = "kb.db";
    public const string IndexFolder = "index";
    public const string ManifestFile = "build.json";

    public const string Instruments = "instruments";
    public const string Versions = "versions";
    public const string Provisions = "provisions";
    public const string Citations = "citations";
    public const string LegalBasis = "legal_basis";

    /// <summary>The key of one version of one instrument: <c>migration-code@2013-07-adopted</c>.</summary>
    public static string VersionKey(string slug, string version) => $"{slug}@{version}";

    /// <summary>The key of one language of one version: <c>migration-code@2013-07-adopted/en</c>.</summary>
    public static string TextKey(string slug, string version, string language) => $"{slug}@{version}/{language}";
}
