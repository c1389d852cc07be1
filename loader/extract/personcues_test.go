package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestPersonCueRules checks the person rules of the fifth actors pass of
// issue #12 (personcues.go), each with sentences that must give a person
// and sentences that must not, on names made up for the test.
func TestPersonCueRules(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, text string
		want, absent     []string
	}{
		// Verbs only people are the subject of (human_verbs).
		{"an unknown name before a verb of killing", "id", "Dzhokhar Tsarnayev dibunuh di penjara federal.", []string{"dzhokhar-tsarnayev"}, nil},
		{"an unknown name before a passive English human verb", "en", "Dzhokhar Tsarnayev was sentenced to death on Friday.", []string{"dzhokhar-tsarnayev"}, nil},
		{"a team punished is no person", "id", "Klub Manchester Raya dihukum oleh FIFA.", nil, []string{"manchester-raya"}},
		// A word for one person before the name (person_nouns).
		{"a suspect's name opening with an ordinary word", "id", "Polisi Belgia menangkap tersangka Salah Abdeslam di Brussels.", []string{"salah-abdeslam"}, nil},
		{"a victim's name of two unknown words", "id", "Jenazah korban Dzhokhar Tsarnayev dibawa ke rumah sakit.", []string{"dzhokhar-tsarnayev"}, nil},
		{"a people after a word for people is no person", "id", "Orang Rohingya Arakan melarikan diri ke Bangladesh.", nil, []string{"rohingya-arakan"}},
		{"a capitalized word for a person inside a sentence heads a name", "id", "Ia mendirikan Pemuda Demokratis Lambrakis pada 1963.", nil, []string{"demokratis-lambrakis"}},
		{"a name going on with more capitals is no person", "id", "Pelaku Bom Bali Dua dieksekusi.", nil, []string{"bom-bali", "bom-bali-dua"}},
		// A classifier of persons after the name (person_cues).
		{"name, copula, seorang", "id", "Darsono Wiratmaja adalah seorang pemain catur dari Solo.", []string{"darsono-wiratmaja"}, nil},
		{"name, dash, seorang at the start of a text is no dateline", "id", "Kartika Handayani - seorang penyanyi - menikah tahun lalu.", []string{"kartika-handayani"}, nil},
		{"name glued to its dash", "id", "Dan Sarasvati Murdono- seorang model yang terkenal.", []string{"sarasvati-murdono"}, nil},
		{"name, comma, salah seorang", "id", "Kemudian hadir Bertus Kaligis, salah seorang pengusaha kayu.", []string{"bertus-kaligis"}, nil},
		{"one name, copula, seorang", "id", "Sudirgo adalah seorang petani.", []string{"sudirgo"}, nil},
		{"a common noun before seorang is no person", "id", "Pemain itu adalah seorang bintang.", nil, []string{"pemain"}},
		{"a place before seorang is no person", "id", "Di Kota Sukamaju, seorang warga ditangkap polisi.", nil, []string{"sukamaju", "kota-sukamaju"}},
		{"one word after a noun before seorang is no person", "id", "Pihak Kalimaya seorang diri mengajukan gugatan.", nil, []string{"kalimaya"}},
		{"name, relative clause, copula, salah seorang", "id", "Calon lain adalah Romarinho, yang merupakan salah seorang bintang sepak bola.", []string{"romarinho"}, nil},
		{"a place before a relative clause and seorang is no person", "id", "Ia tinggal di Sukamaju, yang merupakan salah seorang penghasil padi.", nil, []string{"sukamaju"}},
		// A copula, a former-word and a title.
		{"name, copula, former, title", "id", "Wiradinata adalah mantan Wakil Presiden partai itu.", []string{"wiradinata"}, nil},
		{"a title without a copula before it is another rule's", "id", "Rumah mantan Wakil Presiden itu dijual.", nil, []string{"rumah"}},
		{"name, copula, occupation", "id", "Mayumi Tanasaki adalah karakter pendukung dalam cerita itu.", []string{"mayumi-tanasaki"}, nil},
		{"a common noun before copula and occupation is no person", "id", "Pemenangnya adalah pemain muda.", nil, []string{"pemenangnya"}},
		{"relationship noun before a name", "id", "Ia depresi karena pacarnya, Aditiyo telah menyebarkan foto itu.", []string{"aditiyo"}, nil},
		{"one name after a complementizer before a cue", "id", "Patut dicatat bahwa Fairbankso adalah mantan Wakil Presiden.", []string{"fairbankso"}, nil},
		{"one name after a complementizer before a speech verb stays unread", "id", "Ia mengatakan bahwa Medcorp menyatakan laba naik.", nil, []string{"medcorp"}},
		// A verb only people are the subject of (human_verbs).
		{"human verb after a name", "id", "Karena tulisannya, Trimurtiningsih dipenjarakan lagi oleh pemerintah kolonial.", []string{"trimurtiningsih"}, nil},
		{"human verb after two name words", "id", "Rahmawati Sukarsih menikah dengan seorang pengusaha.", []string{"rahmawati-sukarsih"}, nil},
		{"human verb, English", "en", "Harold Pemberton-Smythe died in London on Monday.", []string{"harold-pemberton-smythe"}, nil},
		{"adverb between the name and a human verb", "id", "Di kota itu, Amfitriono juga dimakamkan.", []string{"amfitriono"}, nil},
		{"a known state before a human verb is no person", "id", "Setelah itu, Indonesia juga berharap perundingan berlanjut.", nil, []string{"indonesia"}},
		{"weak human verb after an office holder's one name", "id", "Mulyani berharap pasar modal terus tumbuh.", []string{"sri-mulyani"}, nil},
		{"weak human verb after an unknown one name is no person", "id", "Madurasia berharap bisa menang di kandang.", nil, []string{"madurasia"}},
		{"weak human verb after two name words", "id", "Rahmawati Sukarsih berharap bisa menang.", []string{"rahmawati-sukarsih"}, nil},
		{"a team eliminated or held to a draw is no person", "id", "Setelah itu, Persikaba gugur dan Madurasia ditahan imbang.", nil, []string{"persikaba", "madurasia"}},
		{"one word before a human verb, English, is too weak", "en", "Later Pemberton died in London.", nil, []string{"pemberton"}},
		{"a building before a human verb is no person", "id", "Gedung Sate berusia lebih dari seabad.", nil, []string{"sate", "gedung-sate"}},
		{"an organization's word before a human verb is no person", "id", "Pengurus Yayasan Bumi Lestari ditahan polisi.", nil, []string{"bumi-lestari", "yayasan-bumi-lestari"}},
		// The capitalized first word of a sentence is no part of a name.
		{"sentence opener before a name", "id", "Namun Hartawan Sudiro mengatakan rencana itu batal.", []string{"hartawan-sudiro"}, []string{"namun-hartawan-sudiro"}},
		{"sentence opener, coordinating word", "id", "Dan Sarasvati Murdono seorang model yang terkenal.", []string{"sarasvati-murdono"}, []string{"dan-sarasvati-murdono"}},
		// Javanese and informal honorifics (titles in lang/id.json).
		{"Mbak and Mas before names", "id", "Mbak Rinawati dan Mas Dimasanto datang ke acara itu.", []string{"rinawati", "dimasanto"}, nil},
		{"Bung before a name", "id", "Bung Tomasoa berpidato di depan massa.", []string{"tomasoa"}, nil},
		{"Mas inside an organization's name is no honorific", "id", "Perusahaan Raja Garuda Mas menolak tawaran itu.", nil, []string{"garuda-mas", "mas"}},
		// A longer name that begins with a known person's one-word name.
		{"longer name after a known one-word name", "id", "Rapat dihadiri Abdullah Nasser Al Suwaidani di Jakarta.", []string{"abdullah-nasser-al-suwaidani"}, []string{"abdullah"}},
		{"a known name before one more word keeps its person", "id", "Presiden Putin bertemu Xi di Moskow.", []string{"vladimir-putin"}, []string{"putin-xi"}},
		// Titles: a member's party after the office's body, court titles.
		{"member of a legislature from a party's faction", "id", "Menanggapi hal itu, anggota DPR dari Fraksi PDIP Rieke Diah Pitarini mendesak pemerintah.", []string{"rieke-diah-pitarini"}, []string{"rieke"}},
		{"a place after dari is no party", "id", "Presiden Prabowo dari Jakarta menuju Bandung.", []string{"prabowo-subianto"}, []string{"jakarta"}},
		{"public prosecutor is a title, not a name", "id", "Jaksa Penuntut Umum (JPU) Muhammad Fadlan menuntut hukuman mati.", []string{"muhammad-fadlan"}, []string{"penuntut", "penuntut-umum"}},
		{"presiding judge", "id", "Hakim Ketua Dennie Arsanto membacakan putusan.", []string{"dennie-arsanto"}, []string{"ketua-dennie-arsanto"}},
		// The Arabic article in lower case inside a name.
		{"al- inside a name after a speech verb", "en", "Sources close to the group said Khalid al-Hayyani led the delegation.", []string{"khalid-al-hayyani"}, []string{"khalid"}},
		{"al- inside a name after a title", "id", "Pemimpin kelompok itu, Khalid al-Hayyani, memimpin delegasi.", []string{"khalid-al-hayyani"}, []string{"khalid"}},
		{"a lower-case word with a hyphen is no name", "en", "Sources said Khalid anti-Western rhetoric grew.", nil, []string{"khalid-anti-western"}},
		// Words that introduce a name (name_intros, person_nouns).
		{"name after disapa", "id", "Pria yang akrab disapa Ucokri itu mengaku tidak tahu.", []string{"ucokri"}, nil},
		{"name after a person noun and bernama", "id", "Seorang pedagang bernama Wartini mengeluhkan harga cabai.", []string{"wartini"}, nil},
		{"a ship or a village after bernama is no person", "id", "Kapal bernama Nanggalari tenggelam dan desa bernama Sukamakmur dilanda banjir.", nil, []string{"nanggalari", "sukamakmur"}},
		// A capital's name inside a person's name.
		{"capital inside a name after a title", "id", "Pengacara Hotman Paris Hutapea mendampingi korban.", []string{"hotman-paris-hutapea"}, []string{"hotman"}},
		{"capital after an office's noun is a place", "id", "Kepala Kedutaan Paris Budiarto hadir.", nil, []string{"kedutaan-paris-budiarto"}},
		{"demonym inside a name after a given name", "en", "Bill Gates and Melinda French Gatesby divorced in 2021.", []string{"melinda-french-gatesby"}, nil},
		{"demonym before a noun is the state's", "en", "John French Army officers arrived.", nil, []string{"john-french-army"}},
		{"coordinated given names share the surname, English", "en", "The money went to Cameron and Tyler Winklevossen.", []string{"cameron-winklevossen", "tyler-winklevossen"}, []string{"cameron"}},
		{"coordinated given names share no surname, Indonesian", "id", "Yayasan milik Tommy dan Siti Wulandari didirikan.", []string{"siti-wulandari"}, []string{"tommy-wulandari"}},
		// A name after a copula whose subject is a word for a person.
		{"person noun, copula, name", "id", "Meskipun gagal, orang lainnya ialah Adlai Stevensono pada tahun 1900.", []string{"adlai-stevensono"}, nil},
		{"occupation, copula, name", "id", "Pelatih timnas adalah Patrick Kluivertsen.", []string{"patrick-kluivertsen"}, nil},
		{"a capital city after a copula is no person", "id", "Ibu kota baru itu adalah Nusantaraya.", nil, []string{"nusantaraya"}},
		{"a subsidiary after a copula is no person", "id", "Anak usahanya adalah Medcorp Malakani.", nil, []string{"medcorp-malakani"}},
		// Regnal numbers.
		{"given name and regnal number", "id", "Pada tahun itu, Frederick I menunjuk penggantinya.", []string{"frederick-i"}, nil},
		{"regnal number in English", "en", "The palace was built for Louis XIV in the 1660s.", []string{"louis-xiv"}, nil},
		{"a war, a commission or a class with a numeral is no person", "id", "Setelah Perang Dunia II, Komisi XI DPR membahas nasib sekolah dari Kelas X.", nil, []string{"dunia-ii", "perang-dunia-ii", "komisi-xi", "kelas-x"}},
		{"the English pronoun after a capitalized word is no numeral", "en", "Prompted I think by the news, they left.", nil, []string{"prompted-i"}},
		// Names listed with a person.
		{"list after a person", "id", "Anggota lainnya yaitu Mohammad Hassan Omrani, Yusuf Haji Khoorasi dan Ahmad Sari Mazrouki.", []string{"mohammad-hassan-omrani", "yusuf-haji-khoorasi", "ahmad-sari-mazrouki"}, nil},
		{"list with an initial inside a name", "id", "Rapat mengangkat Eddie A. Arsyad, Cahyo D Permadi dan Dirk Theuninck sebagai direktur.", []string{"eddie-a-arsyad", "cahyo-d-permadi", "dirk-theuninck"}, nil},
		{"name before a coordinated person", "id", "Dalam rapat itu, Wiryo Santoso dan Bambang Prasetyono menolak usulan.", []string{"wiryo-santoso", "bambang-prasetyono"}, nil},
		{"a name in commas alone is an apposition, not a list", "en", "One Rohingya, Muhammad Amin, said the boat was turned around twice.", []string{"muhammad-amin"}, []string{"one-rohingya"}},
		{"an organization's words after a person are no name", "id", "Budi Santoso dan Sinar Jaya Abadi menandatangani kontrak.", nil, []string{"sinar-jaya-abadi"}},
		{"an organization listed with a person is no person", "id", "Kontrak diteken Budi Santoso, Yayasan Karya Bangsa dan pemerintah.", nil, []string{"yayasan-karya-bangsa", "karya-bangsa"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			kind := map[string]string{}
			var all []string
			for _, a := range d.Actors {
				kind[a.ID] = a.Kind
				all = append(all, a.ID+":"+a.Kind)
			}
			for _, id := range c.want {
				if k, ok := kind[id]; !ok || k != facts.KindPerson {
					t.Errorf("no person %s; got %s", id, strings.Join(all, " "))
				}
			}
			for _, id := range c.absent {
				if k, ok := kind[id]; ok && k == facts.KindPerson {
					t.Errorf("unexpected person %s; got %s", id, strings.Join(all, " "))
				}
			}
		})
	}
}
