using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Linking;

/// <summary>The outcome of resolving one reference: the target and its language, or why there is none.</summary>
/// <param name="Problem">Null when resolved exactly; otherwise the message and code of the diagnostic to report.</param>
public sealed record Resolution(ProvisionAddress? Target, string? TargetLanguage, string? Code, string? Problem)
{
    public static Resolution Found(ProvisionAddress target, string language) => new(target, language, null, null);

    public static Resolution NotFound(string code, string problem) => new(null, null, code, problem);
}
