namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    public class Whole_documents
    {
        private const string AzerbaijaniCode = """
            # Azərbaycan Respublikasının Miqrasiya Məcəlləsi

            Bu Məcəllə miqrasiya sahəsində yaranan münasibətləri tənzimləyir.

            ## I bölmə. Ümumi müddəalar

            ### 1-ci fəsil. Əsas anlayışlar

            ### Maddə 3. Əsas anlayışlar {#definitions}

            3.0. Bu Məcəllədə istifadə olunan anlayışlar aşağıdakı mənaları ifadə edir:

            - 3.0.1. əcnəbi — Azərbaycan Respublikasının vətəndaşı olmayan şəxs;
            - 3.0.2. vətəndaşlığı olmayan şəxs — heç bir dövlətin vətəndaşı olmayan şəxs.

            ## II bölmə. Ölkəyə giriş və ölkədən çıxış

            ### 1-ci fəsil. Giriş qaydaları

            ### 21-ci maddə. Yaşama yeri üzrə qeydiyyat

            21.1. Əcnəbilər yaşama yeri üzrə qeydiyyata alınırlar.

            21.2. Qeydiyyat elektron qaydada da aparıla bilər.

            ### Maddə 45. Müvəqqəti yaşamaq üçün icazə {#temporary-residence-permit}

            45.1. İcazə bir il müddətinə verilir.

            45.1.3-1. Əlavə edilmiş yarımbənd.

            Bu yarımbəndin ikinci abzası.
            """;

        [Fact]
        public void An_Azerbaijani_code_becomes_sections_chapters_articles_and_parts()
        {
            var parsing = Parsing.Of("az", AzerbaijaniCode);

            Assert.Equal(
                [
                    "Preamble preamble",
                    "Section sec_1 [I] Ümumi müddəalar",
                    "  Chapter chp_1 [1] Əsas anlayışlar",
                    "    Article art_3 [3] Əsas anlayışlar {#definitions}",
                    "      Paragraph art_3__para_0 [3.0]",
                    "        Paragraph art_3__para_0.1 [3.0.1]",
                    "        Paragraph art_3__para_0.2 [3.0.2]",
                    "Section sec_2 [II] Ölkəyə giriş və ölkədən çıxış",
                    "  Chapter sec_2__chp_1 [1] Giriş qaydaları",
                    "    Article art_21 [21] Yaşama yeri üzrə qeydiyyat",
                    "      Paragraph art_21__para_1 [21.1]",
                    "      Paragraph art_21__para_2 [21.2]",
                    "    Article art_45 [45] Müvəqqəti yaşamaq üçün icazə {#temporary-residence-permit}",
                    "      Paragraph art_45__para_1 [45.1]",
                    "        Paragraph art_45__para_1.3-1 [45.1.3-1]",
                ],
                parsing.Outline);
            Assert.Empty(parsing.Messages);
        }

        [Fact]
        public void An_Azerbaijani_code_keeps_its_title_and_each_provision_its_own_text()
        {
            var parsing = Parsing.Of("az", AzerbaijaniCode);

            Assert.Equal("Azərbaycan Respublikasının Miqrasiya Məcəlləsi", parsing.Result.Title);
            Assert.Equal("Bu Məcəllə miqrasiya sahəsində yaranan münasibətləri tənzimləyir.", parsing["preamble"].Text);
            Assert.Equal("", parsing["art_3"].Text);
            Assert.Equal("Bu Məcəllədə istifadə olunan anlayışlar aşağıdakı mənaları ifadə edir:", parsing["art_3__para_0"].Text);
            Assert.Equal("əcnəbi — Azərbaycan Respublikasının vətəndaşı olmayan şəxs;", parsing["art_3__para_0.1"].Text);
            Assert.Equal("Əlavə edilmiş yarımbənd.\n\nBu yarımbəndin ikinci abzası.", parsing["art_45__para_1.3-1"].Text);
        }

        [Fact]
        public void A_Russian_law_reads_the_same_way()
        {
            var parsing = Parsing.Of("ru", """
                # Миграционный кодекс

                ## Раздел II. Въезд и выезд

                ### Глава 3. Разрешения

                ### Статья 45. Разрешение на временное проживание

                45.1. Разрешение выдаётся сроком на один год.

                45.2. Заявление подаётся в электронной форме.

                ### Статья 46. Продление разрешения

                Разрешение продлевается по заявлению иностранца.
                """);

            Assert.Equal("Миграционный кодекс", parsing.Result.Title);
            Assert.Equal(
                [
                    "Section sec_2 [II] Въезд и выезд",
                    "  Chapter chp_3 [3] Разрешения",
                    "    Article art_45 [45] Разрешение на временное проживание",
                    "      Paragraph art_45__para_1 [45.1]",
                    "      Paragraph art_45__para_2 [45.2]",
                    "    Article art_46 [46] Продление разрешения",
                ],
                parsing.Outline);
            Assert.Equal("Разрешение продлевается по заявлению иностранца.", parsing["art_46"].Text);
        }

        [Fact]
        public void An_English_text_reads_the_same_way()
        {
            var parsing = Parsing.Of("en", """
                # Criminal Code

                ## Part 3 — Offences against property

                ### Chapter 12 — Fraud

                ### Art. 487. Fraud

                Whoever deceives another for gain is punished.

                ### Art. 487bis. Insurance fraud

                487bis.1. Whoever claims for a loss that did not happen is punished.
                """);

            Assert.Equal(
                [
                    "Section sec_3 [3] Offences against property",
                    "  Chapter chp_12 [12] Fraud",
                    "    Article art_487 [487] Fraud",
                    "    Article art_487bis [487bis] Insurance fraud",
                    "      Paragraph art_487bis__para_1 [487bis.1]",
                ],
                parsing.Outline);
        }
    }
}
