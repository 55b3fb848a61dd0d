namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    public class Code_and_html
    {
        private const string Body = """
            ### Article 9. Forms

            ```text
            # Article 10
            9.1. not a part
            ```

            ~~~
            ## Section II
            ~~~

            <div>
            ### Article 11
            </div>

                ### Article 12 is indented code

            > ### Article 13 in a quote

            - ### Article 14 in a list
            """;

        [Fact]
        public void Are_text_whatever_they_hold()
        {
            var parsing = Parsing.Of("en", Body);

            Assert.Equal(["Article art_9 [9] Forms"], parsing.Outline);
            Assert.Equal(Body["### Article 9. Forms\n\n".Length..], parsing["art_9"].Text);
        }

        [Fact]
        public void An_unclosed_fence_keeps_the_rest_of_the_body_as_text()
        {
            var parsing = Parsing.Of("ru", "### Статья 1\n\n```\n### Статья 2\n\n1.1. Пункт.\n");

            Assert.Equal(["Article art_1 [1]"], parsing.Outline);
            Assert.Equal("```\n### Статья 2\n\n1.1. Пункт.", parsing["art_1"].Text);
        }
    }
}
