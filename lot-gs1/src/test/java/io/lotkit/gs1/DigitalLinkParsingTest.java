package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitalLinkParsingTest {

    private final Gs1Parser parser = Gs1Parser.builder().build();

    @Test
    void anyDomainAndPathStemIsAccepted() {
        Gs1Message message = parser.parse("https://brand.example.com/some/stem/01/09501101020917/10/AB%2FC?17=260531");
        assertThat(message.elements()).containsExactly(new Gs1Element("01", "09501101020917"),
                new Gs1Element("10", "AB/C"), new Gs1Element("17", "260531"));
        assertThat(message.toDigitalLink()).contains("https://id.gs1.org/01/09501101020917/10/AB%2FC?17=260531");
    }

    @Test
    void queryDecodesPlusAsSpaceAndSkipsNonAiParameters() {
        Gs1Message message = parser.parse("https://a.example/01/09501101020917?utm=x&flag&99=A%2B1&98=B");
        assertThat(message.get("99")).contains("A+1");
        assertThat(message.get("98")).contains("B");
        assertThat(codeOf("https://a.example/01/09501101020917?99=A+1")).isEqualTo("NON_CSET82_CHARACTER");
    }

    @Test
    void qualifiersMustFollowTheDictionaryOrder() {
        assertThat(parser.parse("https://a.example/01/09501101020917/22/V/10/L/21/S").elements()).hasSize(4);
        assertThat(codeOf("https://a.example/01/09501101020917/21/S/10/L")).isEqualTo("DL_INVALID_PATH");
        assertThat(codeOf("https://a.example/01/09501101020917?10=L")).isEqualTo("DL_INVALID_ATTRIBUTE");
        assertThat(codeOf("https://a.example/gtin/09501101020917")).isEqualTo("DL_NO_PRIMARY_KEY");
    }

    @Test
    void malformedUrisAreRejectedWithTheirIndex() {
        Gs1ParseResult result = parser.tryParse("https://a.example/01/09501101020917{x");
        assertThat(result.errors().get(0).code()).isEqualTo(Gs1ErrorCode.DL_MALFORMED_URI);
        assertThat(result.errors().get(0).index()).isEqualTo(35);
        assertThat(codeOf("https://a$b/01/09501101020917")).isEqualTo("DL_MALFORMED_URI");
        assertThat(codeOf("https://a.example/01/0950110102091%7")).isEqualTo("DL_MALFORMED_URI");
        assertThat(codeOf("https://a.example/01/09501101020917?99=%00")).isEqualTo("ILLEGAL_CHARACTER");
        assertThat(codeOf("https://a.example/01/09501101020917?99=A&99=A")).isEqualTo("REPEATED_AI_DIFFERENT");
        assertThat(codeOf("https://a.example/01/9501101020917")).isEqualTo("VALUE_TOO_SHORT");
    }

    @Test
    void theSchemeIsHttpOrHttpsInOneCase() {
        for (String scheme : new String[] {"https://", "http://", "HTTPS://", "HTTP://"}) {
            assertThat(parser.parse(scheme + "a.example/01/09501101020917", Gs1InputForm.DIGITAL_LINK).get("01"))
                    .as(scheme).contains("09501101020917");
        }
        for (String scheme : new String[] {"Https://", "httpS://", "hTTP://", "https:/", "https:", "ftp://", "http"}) {
            assertThat(codeOf(scheme + "a.example/01/09501101020917")).as(scheme).isEqualTo("DL_MALFORMED_URI");
        }
    }

    @Test
    void theDomainIsCheckedUpToThePathAndReportedAtItsFirstBadCharacter() {
        Gs1ParseResult badDomain = parser.tryParse("https://a.ex_ample/01/09501101020917?99=a_b");
        assertThat(badDomain.errors().get(0).message()).contains("Domain");
        assertThat(badDomain.errors().get(0).index()).isEqualTo(12);
        // A character outside the URI set anywhere wins over a bad domain, as in GS1's engine.
        Gs1ParseResult illegal = parser.tryParse("https://a.ex_ample/01/09501101020917{");
        assertThat(illegal.errors().get(0).message()).contains("illegal characters").doesNotContain("Domain");
        assertThat(illegal.errors().get(0).index()).isEqualTo(36);
        // Characters no domain holds are fine after the path starts; a path-less URI is no Digital Link.
        assertThat(parser.parse("https://a.example/x_y~z/01/09501101020917").get("01")).isPresent();
        assertThat(parser.tryParse("https://a_b?x=/01").errors().get(0).message()).contains("domain and path info");
    }

    @Test
    void lenientModePadsAShortGtinWithAWarning() {
        Gs1Parser lenient = Gs1Parser.builder().lenient(true).build();
        Gs1ParseResult result = lenient.tryParse("https://a.example/01/9501101020917");
        assertThat(result.orElseThrow().get("01")).contains("09501101020917");
        assertThat(result.warnings()).extracting(Gs1Error::code).containsExactly(Gs1ErrorCode.LENIENT_SHORT_GTIN);
    }

    private String codeOf(String input) {
        Gs1ParseResult result = parser.tryParse(input, Gs1InputForm.DIGITAL_LINK);
        assertThat(result.isOk()).as("rejects %s", input).isFalse();
        return result.errors().get(0).reasonCode();
    }
}
