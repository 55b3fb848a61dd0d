using System.Globalization;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Tests.Versions;

/// <summary>The Migration Code's versions as the rules of "in force" see them: drafts, the adopted text, an amendment, a later draft.</summary>
internal static class MigrationCodeVersions
{
    public static readonly InstrumentVersion[] All =
    [
        Version("2011-cabinet-draft", "2011-11-30", VersionStatus.Submitted),
        Version("2013-04-parliament-draft", "2013-04-17", VersionStatus.Submitted),
        Version("2013-07-adopted", "2013-07-02", VersionStatus.Adopted),
        Version("2014-10-amended", "2014-10-17", VersionStatus.InForce),
        Version("2016-draft", "2016-01-10", VersionStatus.Draft),
    ];

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    public static InstrumentVersion Version(string label, string date, VersionStatus status) =>
        new("migration-code", label, Date(date), status, Visibility.Public, null, [], ["en"]);
}
