using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Core.Tests.Search;

/// <summary>
/// A small made-up corpus in en, az and ru: a migration code in two versions, a citizenship law, a draft procedure,
/// and an order whose long text tests where snippets are cut. The code's old version is in force from its date until the
/// new one's, the new one from then on; every other instrument has one version, in force on every day.
/// </summary>
internal static class SampleLegislation
{
    public const string OldVersion = "2013-07-adopted";
    public const string NewVersion = "2023-05-amended";

    public static readonly DateOnly OldDate = new(2013, 7, 2);
    public static readonly DateOnly NewDate = new(2023, 5, 1);

    private static readonly InForcePeriod Always = new(null, null);

    public static IReadOnlyList<SearchEntry> Entries { get; } =
    [
        MigrationCode(NewVersion, "az", "art_45", "45", "Müvəqqəti yaşamaq üçün icazə",
            "Əcnəbilərə və vətəndaşlığı olmayan şəxslərə müvəqqəti yaşamaq üçün icazə bir il müddətinə verilir."),
        MigrationCode(NewVersion, "en", "art_45", "45", "Temporary residence permit",
            "A temporary residence permit is issued to foreigners and stateless persons for a period of one year."),
        MigrationCode(NewVersion, "ru", "art_45", "45", "Разрешение на временное проживание",
            "Разрешение на временное проживание выдается иностранцам и лицам без гражданства сроком на один год."),
        MigrationCode(NewVersion, "az", "art_46", "46", "Daimi yaşamaq üçün icazə",
            "Daimi yaşamaq üçün icazə beş il müddətinə verilir və uzadıla bilər."),
        MigrationCode(NewVersion, "en", "art_46", "46", "Permanent residence permit",
            "The permanent residence permit is issued for five years and may be extended."),
        MigrationCode(NewVersion, "ru", "art_46", "46", "Разрешение на постоянное проживание",
            "Разрешения на постоянное проживание выдаются на пять лет и могут быть продлены."),
        MigrationCode(OldVersion, "en", "art_45", "45", "Temporary residence permit",
            "Temporary residence permits are issued for six months."),
        MigrationCode(OldVersion, "az", "art_45", "45", "Müvəqqəti yaşamaq üçün icazə",
            "Müvəqqəti yaşamaq üçün icazə altı ay müddətinə verilir."),
        CitizenshipLaw("az", "Vətəndaşlıq anlayışı",
            "Azərbaycan Respublikasının vətəndaşlığı şəxs ilə dövlət arasında davamlı hüquqi bağlılıqdır."),
        CitizenshipLaw("en", "Concept of citizenship",
            "Citizenship of the Republic is a stable legal bond between a person and the state."),
        CitizenshipLaw("ru", "Понятие гражданства",
            "Гражданство Республики является устойчивой правовой связью лица с государством."),
        PermitProcedure("en", "Documents required",
            "The applicant submits a passport, a photograph and proof of income. Fees & charges are paid before the application is examined."),
        PermitProcedure("az", "Tələb olunan sənədlər",
            "Ərizəçi pasport, fotoşəkil və gəlir haqqında arayış təqdim edir. İcazə üçün dövlət rüsumu ödənilir."),
        new("registration-order", InstrumentKind.Order, "Order on registration", "2019-03-adopted", VersionStatus.InForce,
            Visibility.Public, new DateOnly(2019, 3, 4), true, "en", "para_1", "1", null,
            "Foreigners register their place of stay within ten days. "
            + string.Concat(Enumerable.Repeat("Each registration is recorded in the unified migration information system. ", 15))
            + "Refugees are exempt from registration.") { InForce = Always },
    ];

    private static SearchEntry MigrationCode(string version, string language, string eId, string num, string heading, string text) =>
        new("migration-code", InstrumentKind.Code, "Migration Code", version,
            version == NewVersion ? VersionStatus.InForce : VersionStatus.Adopted, Visibility.Public,
            version == NewVersion ? NewDate : OldDate,
            version == NewVersion, language, eId, num, heading, text)
        {
            InForce = version == NewVersion ? new InForcePeriod(NewDate, null) : new InForcePeriod(null, NewDate),
            Label = $"Article {num}. {heading}",
        };

    private static SearchEntry CitizenshipLaw(string language, string heading, string text) =>
        new("citizenship-law", InstrumentKind.Law, "Law on Citizenship", "1998-09-adopted", VersionStatus.InForce,
            Visibility.Public, new DateOnly(1998, 9, 30), true, language, "art_1", "1", heading, text) { InForce = Always };

    private static SearchEntry PermitProcedure(string language, string heading, string text) =>
        new("residence-permit-procedure", InstrumentKind.Procedure, "Residence permit procedure", "2024-01-draft",
            VersionStatus.Draft, Visibility.Public, new DateOnly(2024, 1, 15), true, language, "sec_1", null, heading, text) { InForce = Always };
}
