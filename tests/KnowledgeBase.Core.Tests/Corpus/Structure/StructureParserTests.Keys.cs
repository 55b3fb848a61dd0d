namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    public class Keys
    {
        [Fact]
        public void Are_read_from_structure_headings()
        {
            var parsing = Parsing.Of("az", "### Maddə 45. Müvəqqəti yaşamaq üçün icazə {#temporary-residence-permit}\n");

            Assert.Equal("temporary-residence-permit", parsing["art_45"].Key);
            Assert.Equal("Müvəqqəti yaşamaq üçün icazə", parsing["art_45"].Heading);
        }

        [Fact]
        public void Used_twice_in_a_version_are_an_error_on_the_later_heading()
        {
            var parsing = Parsing.Of("en", """
                ### Article 44. Visas {#visas}

                ### Article 45. Permits {#visas}

                Its text is kept.

                ## Documents required {#visas}
                """, firstLine: 3);

            Assert.Equal(
                ["5: error KB005: the key 'visas' is already used on line 3", "9: error KB005: the key 'visas' is already used on line 3"],
                parsing.Messages);
            Assert.Equal(["Article art_44 [44] Visas {#visas}", "Article art_45 [45] Permits", "Division visas Documents required"], parsing.Outline);
            Assert.Equal("Its text is kept.", parsing["art_45"].Text);
        }

        [Fact]
        public void That_are_not_valid_are_an_error_and_left_out()
        {
            var parsing = Parsing.Of("ru", "\n### Статья 45. Разрешение {#Разрешение}\n");

            Assert.Equal(["2: error KB003: '{#Разрешение}' is not a valid key: keys are lower-case letters, digits and hyphens"], parsing.Messages);
            Assert.Equal(["Article art_45 [45] Разрешение"], parsing.Outline);
        }
    }
}
