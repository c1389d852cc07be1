package extract

import (
	"os"
	"strings"
	"testing"
)

// TestPeopleFigures checks that people of gazetteer/data/people_figures.jsonl
// are found in sentences written for the test, in Indonesian and English:
// officials after their title and body ("Direktur FBI", "Gubernur Bank of
// England"), people without an office after an occupation or alone,
// leaders of before 1960 by full name and by the Indonesian form of their
// title ("Paus Yohanes Paulus II", "Bung Hatta"), a later surname alone
// (one actor, two mentions), and a title and surname alone (the office
// holder of the article's date). Relatives of a head of state (Melania,
// Brigitte Macron) must not take the head's later surname. Each case
// asserts the id, kind person and country.
func TestPeopleFigures(t *testing.T) {
	data, err := os.ReadFile("gazetteer/data/people_figures.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	checkPeople(t, []peopleCase{
		{"FBI director, then surname", "id", "2017-03-01", "Direktur FBI James Comey mengatakan penyelidikan masih berlangsung. Comey tidak merinci hasilnya.",
			[]personWant{{id: "james-comey", country: "USA", mentions: 2}}, nil},
		{"special counsel, English", "en", "2019-04-18", "Special counsel Robert Mueller submitted his report to the Justice Department.",
			[]personWant{{id: "robert-mueller", country: "USA"}}, nil},
		{"press secretary, then surname, English", "en", "2017-01-25", "White House press secretary Sean Spicer said the president would sign the order. Spicer declined to give details.",
			[]personWant{{id: "sean-spicer", country: "USA", mentions: 2}}, nil},
		{"title and surname alone", "id", "2023-06-01", "Mendagri Inggris Braverman menolak usulan itu.",
			[]personWant{{id: "suella-braverman", country: "GBR"}}, nil},
		{"two central bank governors, English", "en", "2024-06-01", "Federal Reserve Chair Jerome Powell and Bank of England Governor Andrew Bailey spoke in Sintra.",
			[]personWant{{id: "andrew-bailey", country: "GBR"}, {id: "jerome-powell", country: "USA"}}, nil},
		{"finance minister of a G20 state", "id", "2024-06-01", "Menteri Keuangan Arab Saudi Mohammed al-Jadaan mengatakan defisit akan menyempit.",
			[]personWant{{id: "mohammed-al-jadaan", country: "SAU"}}, nil},
		{"whistleblower after a founder's title", "id", "2024-06-26", "Pendiri WikiLeaks Julian Assange dibebaskan dari penjara Belmarsh.",
			[]personWant{{id: "julian-assange", country: "AUS"}}, nil},
		{"two business leaders, English", "en", "2021-06-01", "Facebook chief executive Mark Zuckerberg and Amazon founder Jeff Bezos testified before Congress.",
			[]personWant{{id: "mark-zuckerberg", country: "USA"}, {id: "jeff-bezos", country: "USA"}}, nil},
		{"activist after an occupation", "id", "2024-06-01", "Aktivis iklim Greta Thunberg ditangkap polisi di Den Haag.",
			[]personWant{{id: "greta-thunberg", country: "SWE"}}, nil},
		{"journalist killed", "id", "2018-10-20", "Jurnalis Jamal Khashoggi tewas di konsulat Arab Saudi di Istanbul.",
			[]personWant{{id: "jamal-khashoggi", country: "SAU"}}, nil},
		{"militant spokesman, then surname", "id", "2024-08-01", "Juru bicara Taliban Zabihullah Mujahid mengatakan kebijakan itu tidak berubah. Mujahid menambahkan bahwa sekolah tetap ditutup.",
			[]personWant{{id: "zabihullah-mujahid", country: "AFG", mentions: 2}}, nil},
		{"religious leaders", "id", "2024-06-01", "Ulama Syiah Irak Ali al-Sistani dan Dalai Lama menyerukan perdamaian.",
			[]personWant{{id: "ali-al-sistani", country: "IRQ"}, {id: "dalai-lama", country: "CHN"}}, nil},
		{"a pope by his Indonesian name", "id", "2024-06-01", "Paus Yohanes Paulus II mengunjungi Indonesia pada 1989.",
			[]personWant{{id: "pope-john-paul-ii", country: "POL"}}, nil},
		{"leaders before 1960, English", "en", "2024-06-01", "Winston Churchill, Franklin Roosevelt and Joseph Stalin met at Yalta in 1945.",
			[]personWant{{id: "winston-churchill", country: "GBR"}, {id: "joseph-stalin", country: "RUS"}}, nil},
		{"Indonesia's first vice president by two names", "id", "2024-06-01", "Proklamator Mohammad Hatta dikenal sebagai Bapak Koperasi. Bung Hatta lahir di Bukittinggi.",
			[]personWant{{id: "mohammad-hatta", country: "IDN", mentions: 2}}, nil},
		{"a relative keeps the head of state's surname his", "id", "2024-06-01", "Presiden Prancis Emmanuel Macron dan istrinya Brigitte Macron tiba di Jakarta. Macron disambut Presiden Prabowo.",
			[]personWant{{id: "emmanuel-macron", country: "FRA", mentions: 2}, {id: "brigitte-macron", country: "FRA", mentions: 1}}, nil},
		{"a relative first, then the surname, English", "en", "2018-06-01", "Ivanka Trump joined her father at the summit. Trump said the talks went well.",
			[]personWant{{id: "ivanka-trump", country: "USA"}, {id: "donald-trump", country: "USA"}}, nil},
		{"Hong Kong activist", "en", "2021-06-01", "Hong Kong activist Joshua Wong was sentenced to ten months in jail.",
			[]personWant{{id: "joshua-wong", country: "HKG"}}, nil},
		{"no person in a university's name", "id", "2024-06-01", "Ia kuliah di Universitas George Washington.",
			nil, []string{"george-washington"}},
	})
	// The people the cases name are this file's (or, for the heads of state
	// beside them, another file's).
	for _, id := range []string{"james-comey", "robert-mueller", "sean-spicer", "suella-braverman", "andrew-bailey", "mohammed-al-jadaan",
		"julian-assange", "mark-zuckerberg", "jeff-bezos", "greta-thunberg", "jamal-khashoggi", "zabihullah-mujahid", "ali-al-sistani",
		"dalai-lama", "pope-john-paul-ii", "winston-churchill", "joseph-stalin", "mohammad-hatta", "brigitte-macron", "ivanka-trump", "joshua-wong"} {
		if !strings.Contains(string(data), `{"id":"`+id+`",`) {
			t.Errorf("%s is not in people_figures.jsonl", id)
		}
	}
}
