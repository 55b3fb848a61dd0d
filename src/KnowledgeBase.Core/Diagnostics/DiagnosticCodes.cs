namespace KnowledgeBase.Core.Diagnostics;

/// <summary>Every content diagnostic code; <c>docs/content-format.md</c> lists them for authors.</summary>
public static class DiagnosticCodes
{
    // Errors: the build publishes nothing.
    public const string InvalidYaml = "KB001";
    public const string MissingField = "KB002";
    public const string InvalidValue = "KB003";
    public const string DuplicateVersion = "KB004";
    public const string DuplicateProvisionId = "KB005";
    public const string UnresolvedLegalBasis = "KB006";
    public const string NotUtf8 = "KB007";
    public const string OutsideInstrument = "KB008";
    public const string MissingInstrumentFile = "KB009";
    public const string BadFileName = "KB010";
    public const string InvalidSlug = "KB011";
    public const string ReservedVersion = "KB012";
    public const string TranslationMismatch = "KB013";
    public const string UnknownLanguage = "KB014";
    public const string UnreadableFile = "KB015";

    /// <summary>A content file larger than <c>limits: max-file-kb</c> in kb.yml (8192 KiB unless set): not read at all.</summary>
    public const string FileTooLarge = "KB016";

    // Warnings: the build is published, unless the run is strict.
    public const string UnresolvedCitation = "KB101";
    public const string RepeatedNumber = "KB102";
    public const string MissingCitedPart = "KB103";

    /// <summary>A citation of a law that is not in the corpus: a fact about the text, not a defect, so <c>--strict</c> leaves it a warning.</summary>
    public const string ExternalCitation = "KB104";
}
