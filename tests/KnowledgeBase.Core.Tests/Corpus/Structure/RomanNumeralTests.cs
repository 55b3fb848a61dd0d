using KnowledgeBase.Core.Corpus.Structure;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public class RomanNumeralTests
{
    public class Numerals
    {
        [Theory]
        [InlineData("I", 1)]
        [InlineData("II", 2)]
        [InlineData("IV", 4)]
        [InlineData("IX", 9)]
        [InlineData("XIV", 14)]
        [InlineData("XL", 40)]
        [InlineData("XCIX", 99)]
        [InlineData("MCMXCIV", 1994)]
        [InlineData("MMMM", 4000)]
        public void In_the_usual_form_are_read(string numeral, int value)
        {
            Assert.True(RomanNumeral.TryParse(numeral, out var read));
            Assert.Equal(value, read);
        }

        [Theory]
        [InlineData("")]
        [InlineData("IIII")]
        [InlineData("VV")]
        [InlineData("IC")]
        [InlineData("IXI")]
        [InlineData("VIV")]
        [InlineData("DIM")]
        [InlineData("iv")]
        [InlineData("X1")]
        public void In_any_other_form_are_not(string numeral)
        {
            Assert.False(RomanNumeral.TryParse(numeral, out _));
        }
    }
}
