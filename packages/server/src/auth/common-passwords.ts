/**
 * The most common passwords of public breach lists (lower case, NFKC), with the variants people add to reach
 * a length rule. A password whose lower-cased NFKC form is here is refused whatever its length.
 */
const BASE = `123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman
1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster soccer
harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars klaster
112233 george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie
159753 aaaaaa ginger princess joshua cheese amanda summer love ashley 6969 nicole chelsea biteme matthew access
yankees 987654321 dallas austin thunder taylor matrix minecraft william corvette hello martin heather secret
merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick
internet scooter orange 11111 golfer cookie richard samantha bigdog guitar jackson whatever mickey chicken
sparky snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea smokey steelers
joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar monster tigers yellow xxxxxx 123123123
gateway marina diablo bulldog qwer1234 compaq purple hardcore banana junior hannah 123654 porsche lakers iceman
money cowboys 987654 london tennis 999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4 brandon yamaha
chester mother forever johnny edward 333333 oliver redsox player nikita knight fender barney midnight please
brandy chicago badboy slayer rangers charles angel flower bigdaddy rabbit wizard jasper enter rachel chris
steven winner adidas victoria natasha 1q2w3e4r jasmine winter prince panties marine ghbdtn fishing cocacola
casper james 232323 raiders 888888 marlboro gandalf asdfasdf crystal 87654321 12344321 golden 8675309 panther
lauren angela thx1138 angels madison winston shannon mike toyota jordan23 canada sophie apples dick tiger razz
123abc pokemon qazxsw 55555 qwaszx muffin johnson murphy cooper jonathan liverpoo david danielle 159357 jackie
1990 123456a 789456 turtle abcd1234 scorpion qazwsxedc 101010 butter carlos password1 dennis slipknot qwerty123
booger asdf 1991 black startrek 12341234 cameron newyork rainbow nathan john 1992 rocket viking redskins asdfghjkl
1212 sierra peaches gemini doctor wilson sandra helpme qwertyui victor florida dolphin pookie captain tucker blue
liverpool theman bandit dolphins maddog packers jaguar lovers nicholas united tiffany maxwell zzzzzz nirvana
jeremy suckit stupid porn monica elephant giants jackass hotdog rosebud success debbie mountain 444444 xxxxxxxx
warrior 1q2w3e4r5t q1w2e3 123456q albert metallic lucky azerty 7777 shithead alex bond007 alexis 1111111 samson
5150 willie scorpio bonnie gators benjamin voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a
sydney rush2112 1989 asdfghjk red123 blowme kitten 1q2w3e lovely admin administrator root toor changeme default
guest user demo sample temp temp123 test123 test1234 testing system manager office welcome1 welcome123 letmein1
passw0rd p@ssw0rd p@ssword pa55word pa$$word secret123 iloveyou1 princess1 football1 baseball1 abc12345 abcdef
abcdefg abcdefgh 1qazxsw2 zaq12wsx zaq1xsw2 !qaz2wsx qwe123 qweasd qweasdzxc asd123 zxc123 a123456 a12345678
aa123456 woaini 5201314 520520 1314520 woaini1314 wodemima mima123 nihao123 aini1314 qq123456 123456qq
wangyang zhang123 li123456 iloveu 147258369 147258 258369 123987 321321 112211 11223344 123qweasd 1qaz@wsx
qwerty12 qwerty1 asdf1234 zxcv1234 1234abcd abcd123 password12 password123 password1234 admin123 admin1234
admin12345 administrator1 root123 root1234 123456789a 1234567890a a1234567 a1b2c3d4 a1b2c3 aaa111 abc123456
iloveyou123 qwertyuiop123 1q2w3e4r5t6y 1qaz2wsx3edc zaq1@wsx q1w2e3r4t5y6 asdfghjkl123 zxcvbnm123 0123456789
9876543210 1234512345 123456654321 11112222 12121212 123123123123 qweqweqwe letmein123 welcome2024 welcome2025
welcome2026 summer2024 summer2025 winter2024 winter2025 spring2025 autumn2025 password2024 password2025
password2026 admin2024 admin2025 admin2026 changeme123 trustno11 jixiao123 jixiao2025 jixiao2026 caizheng123
yusuan123 jixiao`;

/** Words that people decorate: each also appears with the usual endings below. */
const DECORATED = [
  'password',
  'admin',
  'qwerty',
  'welcome',
  'letmein',
  'iloveyou',
  'abc',
  'test',
  'root',
  'user',
];
const ENDINGS = [
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '!',
  '1!',
  '123!',
  '@123',
  '#123',
  '2024',
  '2025',
  '2026',
  '2024!',
  '2025!',
  '2026!',
];

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  ...BASE.split(/\s+/).filter(Boolean),
  ...DECORATED.flatMap((w) => ENDINGS.map((e) => w + e)),
]);
