package winnow

import (
	"strings"
)

// Member figures: a forum engine prints, beside every post, the poster's figures under
// labels of its own ("Joined", "Messages", "Reaction score", "Posts: 701", "29,553
// posts", "7 Likes"). Post cards (see dropPostCards) know a card's labels by their
// repeats, which a short thread has too few of: two posts give each label twice. The
// labels engines use are few, and the same across engines of one language, so a line
// that is one of them, standing in a card (see inCard), is the card's whatever the
// thread's length.

// memberStatLabels lists, per language (ISO 639-1), the labels of a poster's figures
// in a post's card, in lower case, without a colon or the figure: the line "Posts:
// 701" is known by "posts", "29,553 posts" by "posts" too.
var memberStatLabels = map[string][]string{
	"en": {"joined", "join date", "member since", "registered", "messages", "posts", "total posts", "post count", "reaction score", "points", "location", "likes", "like", "likes received", "trophies", "reputation", "helpful votes", "karma", "solutions", "thanks", "thanked"},
	"de": {"beiträge", "registriert", "registriert seit", "mitglied seit", "dabei seit", "wohnort", "ort", "reaktionspunkte", "punkte", "danke", "themen"},
	"fr": {"messages", "inscrit", "inscrit le", "inscription", "localisation", "lieu", "points", "réactions", "score de réaction", "j'aime"},
	"es": {"mensajes", "registrado", "se unió", "fecha de ingreso", "ubicación", "puntos", "puntuación de reacción", "me gusta"},
	"it": {"messaggi", "iscritto", "iscritto dal", "registrato", "località", "punti", "punteggio reazioni", "mi piace"},
	"pt": {"mensagens", "entrou", "cadastro", "registrado em", "localização", "pontos", "pontuação de reações", "curtidas"},
	"nl": {"berichten", "lid sinds", "geregistreerd", "locatie", "woonplaats", "punten"},
	"pl": {"posty", "postów", "dołączył", "dołączył(a)", "rejestracja", "lokalizacja", "wiadomości", "punkty", "reputacja"},
	"ru": {"сообщения", "сообщений", "регистрация", "зарегистрирован", "откуда", "репутация", "баллы", "симпатии"},
	"vi": {"bài viết", "tham gia", "tham gia ngày", "điểm tương tác", "điểm", "nơi ở", "đến từ", "được thích"},
	"zh": {"帖子", "主题", "积分", "注册时间", "加入时间", "来自", "精华", "回帖", "發文", "註冊時間"},
	"ja": {"投稿数", "登録日", "参加日", "場所", "ポイント", "いいね"},
	"ko": {"게시물", "가입일", "포인트", "위치"},
	"tr": {"mesajlar", "katılım", "konum", "tepki puanı", "puanları", "beğeni"},
}

// memberStats is memberStatLabels as a set, whatever the language.
var memberStats = labelSet(memberStatLabels)

// labelSet merges the lists of labels of every language into one set.
func labelSet(langs map[string][]string) map[string]bool {
	set := map[string]bool{}
	for _, labels := range langs {
		for _, l := range labels {
			set[l] = true
		}
	}
	return set
}

// isMemberStat reports whether a card line's key (see cardKey) is the label of a
// poster's figure: "posts:" of "Posts: 701", "# posts" of "29,553 posts", "joined".
func isMemberStat(key string) bool {
	k := strings.TrimSpace(strings.TrimRight(key, ":："))
	k = strings.TrimPrefix(k, "# ")
	k = strings.TrimSuffix(k, " #")
	return memberStats[k]
}
