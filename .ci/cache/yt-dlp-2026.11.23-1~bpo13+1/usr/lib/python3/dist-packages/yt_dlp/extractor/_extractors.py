# flake8: noqa: F401
from .abc import (
    ABCIE,
    ABCIViewIE,
    ABCIViewShowSeriesIE,
)
from .abcnews import (
    AbcNewsIE,
    AbcNewsVideoIE,
)
from .abcotvs import (
    ABCOTVSIE,
    ABCOTVSClipsIE,
)
from .abematv import (
    AbemaTVIE,
    AbemaTVTitleIE,
)
from .academicearth import AcademicEarthCourseIE
from .acast import (
    ACastChannelIE,
    ACastIE,
)
from .acfun import (
    AcFunBangumiIE,
    AcFunVideoIE,
)
from .adn import (
    ADNIE,
    ADNSeasonIE,
)
from .adobeconnect import AdobeConnectIE
from .adobetv import AdobeTVVideoIE
from .adultswim import AdultSwimIE
from .aenetworks import (
    AENetworksCollectionIE,
    AENetworksIE,
    AENetworksShowIE,
    BiographyIE,
    HistoryPlayerIE,
    HistoryTopicIE,
)
from .aeonco import AeonCoIE
from .afreecatv import (
    AfreecaTVCatchStoryIE,
    AfreecaTVIE,
    AfreecaTVLiveIE,
    AfreecaTVUserIE,
)
from .agalega import AGalegaIE
from .agora import (
    TokFMAuditionIE,
    TokFMPodcastIE,
    WyborczaPodcastIE,
    WyborczaVideoIE,
)
from .aitube import AitubeKZVideoIE
from .alibaba import AlibabaIE
from .aliexpress import AliExpressLiveIE
from .aljazeera import AlJazeeraIE
from .allocine import AllocineIE
from .allstar import (
    AllstarIE,
    AllstarProfileIE,
)
from .alphaporno import AlphaPornoIE
from .altcensored import (
    AltCensoredChannelIE,
    AltCensoredIE,
)
from .alura import (
    AluraCourseIE,
    AluraIE,
)
from .amadeustv import AmadeusTVIE
from .amara import AmaraIE
from .amazon import (
    AmazonReviewsIE,
    AmazonStoreIE,
)
from .amazonminitv import (
    AmazonMiniTVIE,
    AmazonMiniTVSeasonIE,
    AmazonMiniTVSeriesIE,
)
from .amcnetworks import AMCNetworksIE
from .americastestkitchen import (
    AmericasTestKitchenIE,
    AmericasTestKitchenSeasonIE,
)
from .angel import AngelIE
from .antenna import (
    Ant1NewsGrArticleIE,
    Ant1NewsGrEmbedIE,
    AntennaGrWatchIE,
)
from .anvato import AnvatoIE
from .aol import AolIE
from .apa import APAIE
from .aparat import AparatIE
from .appleconnect import AppleConnectIE
from .applepodcasts import ApplePodcastsIE
from .archiveorg import (
    ArchiveOrgIE,
    YoutubeWebArchiveIE,
)
from .arcpublishing import ArcPublishingIE
from .ard import (
    ARDAudiothekIE,
    ARDAudiothekPlaylistIE,
    ARDBetaMediathekIE,
    ARDMediathekCollectionIE,
)
from .arnes import ArnesIE
from .art19 import (
    Art19IE,
    Art19ShowIE,
)
from .arte import (
    ArteTVCategoryIE,
    ArteTVEmbedIE,
    ArteTVIE,
    ArteTVPlaylistIE,
)
from .asobichannel import (
    AsobiChannelIE,
    AsobiChannelTagURLIE,
)
from .asobistage import AsobiStageIE
from .atresplayer import AtresPlayerIE
from .atscaleconf import AtScaleConfEventIE
from .audimedia import AudiMediaIE
from .audioboom import AudioBoomIE
from .audiodraft import (
    AudiodraftCustomIE,
    AudiodraftGenericIE,
)
from .audiomack import (
    AudiomackAlbumIE,
    AudiomackIE,
)
from .audius import (
    AudiusIE,
    AudiusPlaylistIE,
    AudiusProfileIE,
    AudiusTrackIE,
)
from .azmedien import AZMedienIE
from .baidu import BaiduVideoIE
from .banbye import (
    BanByeChannelIE,
    BanByeIE,
)
from .bandcamp import (
    BandcampAlbumIE,
    BandcampIE,
    BandcampUserIE,
    BandcampWeeklyIE,
)
from .bandlab import (
    BandlabIE,
    BandlabPlaylistIE,
)
from .bannedvideo import BannedVideoIE
from .bbc import (
    BBCIE,
    BBCCoUkArticleIE,
    BBCCoUkIE,
    BBCCoUkIPlayerEpisodesIE,
    BBCCoUkIPlayerGroupIE,
    BBCCoUkPlaylistIE,
)
from .beacon import BeaconTvIE
from .beatport import BeatportIE
from .beeg import BeegIE
from .behindkink import BehindKinkIE
from .berufetv import BerufeTVIE
from .bet import BetIE
from .bfi import BFIPlayerIE
from .bfmtv import (
    BFMTVIE,
    BFMTVArticleIE,
    BFMTVLiveIE,
)
from .bibeltv import (
    BibelTVLiveIE,
    BibelTVSeriesIE,
    BibelTVVideoIE,
)
from .bigo import BigoIE
from .bild import BildIE
from .bilibili import (
    BilibiliAudioAlbumIE,
    BilibiliAudioIE,
    BiliBiliBangumiIE,
    BiliBiliBangumiMediaIE,
    BiliBiliBangumiSeasonIE,
    BilibiliCategoryIE,
    BilibiliCheeseIE,
    BilibiliCheeseSeasonIE,
    BilibiliCollectionListIE,
    BiliBiliDynamicIE,
    BilibiliFavoritesListIE,
    BiliBiliIE,
    BiliBiliPlayerIE,
    BilibiliPlaylistIE,
    BiliBiliSearchIE,
    BilibiliSeriesListIE,
    BilibiliSpaceAudioIE,
    BilibiliSpaceVideoIE,
    BilibiliWatchlaterIE,
    BiliIntlIE,
    BiliIntlSeriesIE,
    BiliLiveIE,
)
from .biobiochiletv import BioBioChileTVIE
from .bitchute import (
    BitChuteChannelIE,
    BitChuteIE,
)
from .bitmovin import BitmovinIE
from .blackboardcollaborate import (
    BlackboardCollaborateIE,
    BlackboardCollaborateLaunchIE,
)
from .bleacherreport import (
    BleacherReportCMSIE,
    BleacherReportIE,
)
from .blerp import BlerpIE
from .blogger import BloggerIE
from .bloomberg import BloombergIE
from .bluesky import BlueskyIE
from .bongacams import BongaCamsIE
from .boosty import BoostyIE
from .bostonglobe import BostonGlobeIE
from .box import BoxIE
from .boxcast import BoxCastVideoIE
from .bpb import BpbIE
from .br import BRIE
from .brainpop import (
    BrainPOPELLIE,
    BrainPOPEspIE,
    BrainPOPFrIE,
    BrainPOPIE,
    BrainPOPIlIE,
    BrainPOPJrIE,
)
from .breitbart import BreitBartIE
from .brightcove import (
    BrightcoveLegacyIE,
    BrightcoveNewIE,
)
from .brilliantpala import (
    BrilliantpalaClassesIE,
    BrilliantpalaElearnIE,
)
from .btvplus import BTVPlusIE
from .bundesliga import BundesligaIE
from .bundestag import BundestagIE
from .bunnycdn import BunnyCdnIE
from .businessinsider import BusinessInsiderIE
from .buzzfeed import BuzzFeedIE
from .byutv import BYUtvIE
from .c56 import C56IE
from .caltrans import CaltransIE
from .cam4 import CAM4IE
from .camfm import (
    CamFMEpisodeIE,
    CamFMShowIE,
)
from .cammodels import CamModelsIE
from .camsoda import CamsodaIE
from .camtasia import CamtasiaEmbedIE
from .canal1 import Canal1IE
from .canalalpha import CanalAlphaIE
from .canalc2 import Canalc2IE
from .canalplus import CanalplusIE
from .canalsurmas import CanalsurmasIE
from .caracoltv import CaracolTvPlayIE
from .cbc import (
    CBCIE,
    CBCGemContentIE,
    CBCGemIE,
    CBCGemLiveIE,
    CBCGemOlympicsIE,
    CBCGemPlaylistIE,
    CBCListenIE,
    CBCPlayerIE,
    CBCPlayerPlaylistIE,
)
from .cbs import (
    CBSIE,
    ParamountPressExpressIE,
)
from .cbsnews import (
    CBSLocalArticleIE,
    CBSLocalIE,
    CBSLocalLiveIE,
    CBSNewsEmbedIE,
    CBSNewsIE,
    CBSNewsLiveIE,
    CBSNewsLiveVideoIE,
)
from .cbssports import (
    CBSSportsEmbedIE,
    CBSSportsIE,
    TwentyFourSevenSportsIE,
)
from .ccc import (
    CCCIE,
    CCCPlaylistIE,
)
from .ccma import CCMAIE
from .cctv import CCTVIE
from .cda import (
    CDAIE,
    CDAFolderIE,
)
from .cellebrite import CellebriteIE
from .ceskatelevize import CeskaTelevizeIE
from .cgtn import CGTNIE
from .charlierose import CharlieRoseIE
from .chaturbate import ChaturbateIE
from .chilloutzone import ChilloutzoneIE
from .chzzk import (
    CHZZKLiveIE,
    CHZZKVideoIE,
)
from .cinemax import CinemaxIE
from .cinetecamilano import CinetecaMilanoIE
from .cineverse import (
    CineverseDetailsIE,
    CineverseIE,
)
from .ciscolive import (
    CiscoLiveSearchIE,
    CiscoLiveSessionIE,
)
from .ciscowebex import CiscoWebexIE
from .cjsw import CJSWIE
from .clipchamp import ClipchampIE
from .cliprs import ClipRsIE
from .closertotruth import CloserToTruthIE
from .cloudflarestream import CloudflareStreamIE
from .cloudycdn import CloudyCDNIE
from .clubic import ClubicIE
from .clyp import ClypIE
from .cnbc import CNBCVideoIE
from .cnn import (
    CNNIE,
    CNNIndonesiaIE,
)
from .comedycentral import ComedyCentralIE
from .commonmistakes import (
    BlobIE,
    CommonMistakesIE,
    UnicodeBOMIE,
)
from .commonprotocols import (
    RtmpIE,
    ViewSourceIE,
)
from .condenast import CondeNastIE
from .corus import CorusIE
from .coub import CoubIE
from .cozytv import CozyTVIE
from .cpac import (
    CPACIE,
    CPACPlaylistIE,
)
from .cracked import CrackedIE
from .craftsy import CraftsyIE
from .croatianfilm import CroatianFilmIE
from .crooksandliars import CrooksAndLiarsIE
from .crowdbunker import (
    CrowdBunkerChannelIE,
    CrowdBunkerIE,
)
from .crtvg import CrtvgIE
from .cspan import (
    CSpanCongressIE,
    CSpanIE,
)
from .ctsnews import CtsNewsIE
from .ctvnews import CTVNewsIE
from .cultureunplugged import CultureUnpluggedIE
from .curiositystream import (
    CuriosityStreamCollectionsIE,
    CuriosityStreamIE,
    CuriosityStreamSeriesIE,
)
from .cybrary import (
    CybraryCourseIE,
    CybraryIE,
)
from .dacast import (
    DacastPlaylistIE,
    DacastVODIE,
)
from .dailymail import DailyMailIE
from .dailymotion import (
    DailymotionIE,
    DailymotionPlaylistIE,
    DailymotionSearchIE,
    DailymotionUserIE,
)
from .dailywire import (
    DailyWireIE,
    DailyWirePodcastIE,
)
from .damtomo import (
    DamtomoRecordIE,
    DamtomoVideoIE,
)
from .dangalplay import (
    DangalPlayIE,
    DangalPlaySeasonIE,
)
from .daum import (
    DaumClipIE,
    DaumIE,
    DaumPlaylistIE,
    DaumUserIE,
)
from .daystar import DaystarClipIE
from .dbtv import DBTVIE
from .dctp import DctpTvIE
from .democracynow import DemocracynowIE
from .detik import DetikEmbedIE
from .deuxm import (
    DeuxMIE,
    DeuxMNewsIE,
)
from .dfb import DFBIE
from .dhm import DHMIE
from .digitalconcerthall import DigitalConcertHallIE
from .digiteka import DigitekaIE
from .digiview import DigiviewIE
from .discogs import DiscogsReleasePlaylistIE
from .disney import DisneyIE
from .dispeak import DigitallySpeakingIE
from .dlf import (
    DLFIE,
    DLFCorpusIE,
)
from .dlive import (
    DLiveStreamIE,
    DLiveVODIE,
)
from .douyutv import (
    DouyuShowIE,
    DouyuTVIE,
)
from .dplay import (
    TLCIE,
    AmHistoryChannelIE,
    AnimalPlanetIE,
    CookingChannelIE,
    DestinationAmericaIE,
    DiscoveryLifeIE,
    DiscoveryNetworksDeIE,
    DiscoveryPlusIE,
    DiscoveryPlusIndiaIE,
    DiscoveryPlusIndiaShowIE,
    DiscoveryPlusItalyIE,
    DiscoveryPlusItalyShowIE,
    DPlayIE,
    FoodNetworkIE,
    GoDiscoveryIE,
    HGTVDeIE,
    HGTVUsaIE,
    InvestigationDiscoveryIE,
    ScienceChannelIE,
    TravelChannelIE,
)
from .drbonanza import DRBonanzaIE
from .dreisat import DreiSatIE
from .dropbox import DropboxIE
from .dropout import (
    DropoutIE,
    DropoutSeasonIE,
)
from .drtalks import DrTalksIE
from .drtuber import DrTuberIE
from .drtv import (
    DRTVIE,
    DRTVLiveIE,
    DRTVSeasonIE,
    DRTVSeriesIE,
)
from .dtube import DTubeIE
from .dumpert import DumpertIE
from .duoplay import DuoplayIE
from .dvtv import DVTVIE
from .dw import (
    DWIE,
    DWArticleIE,
)
from .ebaumsworld import EbaumsWorldIE
from .ebay import EbayIE
from .egghead import (
    EggheadCourseIE,
    EggheadLessonIE,
)
from .eggs import (
    EggsArtistIE,
    EggsIE,
)
from .elementorembed import ElementorEmbedIE
from .elonet import ElonetIE
from .elpais import ElPaisIE
from .eltrecetv import ElTreceTVIE
from .embedly import EmbedlyIE
from .epicon import (
    EpiconIE,
    EpiconSeriesIE,
)
from .epidemicsound import EpidemicSoundIE
from .eplus import EplusIbIE
from .epoch import EpochIE
from .eporner import EpornerIE
from .erocast import ErocastIE
from .eroprofile import (
    EroProfileAlbumIE,
    EroProfileIE,
)
from .err import (
    ERRArhiivIE,
    ERRJupiterIE,
)
from .ertgr import (
    ERTFlixCodenameIE,
    ERTFlixIE,
    ERTWebtvEmbedIE,
)
from .espn import (
    ESPNIE,
    ESPNArticleIE,
    ESPNCricInfoIE,
    FiveThirtyEightIE,
    WatchESPNIE,
)
from .ettutv import EttuTvIE
from .europa import (
    EuropaIE,
    EuroParlWebstreamIE,
)
from .europeantour import EuropeanTourIE
from .eurosport import EurosportIE
from .euscreen import EUScreenIE
from .expressen import ExpressenIE
from .facebook import (
    FacebookAdsIE,
    FacebookIE,
    FacebookPluginsVideoIE,
    FacebookRedirectURLIE,
    FacebookReelIE,
)
from .fancode import (
    FancodeLiveIE,
    FancodeVodIE,
)
from .fathom import FathomIE
from .faulio import (
    FaulioIE,
    FaulioLiveIE,
)
from .faz import FazIE
from .fc2 import (
    FC2IE,
    FC2EmbedIE,
    FC2LiveIE,
)
from .fczenit import FczenitIE
from .fifa import FifaIE
from .filmarchiv import FilmArchivIE
from .filmon import (
    FilmOnChannelIE,
    FilmOnIE,
)
from .filmweb import FilmwebIE
from .firsttv import (
    FirstTVIE,
    FirstTVLiveIE,
)
from .fivetv import FiveTVIE
from .flextv import FlexTVIE
from .flickr import FlickrIE
from .floatplane import (
    FloatplaneChannelIE,
    FloatplaneIE,
)
from .folketinget import FolketingetIE
from .footyroom import FootyRoomIE
from .formula1 import Formula1IE
from .fourtube import (
    FourTubeIE,
    FuxIE,
    PornerBrosIE,
    PornTubeIE,
)
from .fox import FOXIE
from .fox9 import (
    FOX9IE,
    FOX9NewsIE,
)
from .foxnews import (
    FoxNewsArticleIE,
    FoxNewsIE,
    FoxNewsVideoIE,
)
from .foxsports import FoxSportsIE
from .fptplay import FptplayIE
from .francaisfacile import FrancaisFacileIE
from .francetv import (
    FranceTVIE,
    FranceTVInfoIE,
    FranceTVSiteIE,
)
from .freesound import FreesoundIE
from .freespeech import FreespeechIE
from .freetv import (
    FreeTvIE,
    FreeTvMoviesIE,
)
from .frontendmasters import (
    FrontendMastersCourseIE,
    FrontendMastersIE,
    FrontendMastersLessonIE,
)
from .funk import FunkIE
from .funker530 import Funker530IE
from .fuyintv import FuyinTVIE
from .gab import GabIE
from .gaia import GaiaIE
from .gamedevtv import GameDevTVDashboardIE
from .gamejolt import (
    GameJoltCommunityIE,
    GameJoltGameIE,
    GameJoltGameSoundtrackIE,
    GameJoltIE,
    GameJoltSearchIE,
    GameJoltUserIE,
)
from .gamespot import GameSpotIE
from .gamestar import GameStarIE
from .gaskrank import GaskrankIE
from .gazeta import GazetaIE
from .gbnews import GBNewsIE
from .gdcvault import GDCVaultIE
from .gedidigital import GediDigitalIE
from .generic import GenericIE
from .genericembeds import (
    HTML5MediaEmbedIE,
    QuotedHTMLIE,
)
from .genius import (
    GeniusIE,
    GeniusLyricsIE,
)
from .germanupa import GermanupaIE
from .getcourseru import (
    GetCourseRuIE,
    GetCourseRuPlayerIE,
)
from .gettr import (
    GettrIE,
    GettrStreamingIE,
)
from .giantbomb import GiantBombIE
from .glide import GlideIE
from .globalplayer import (
    GlobalPlayerAudioEpisodeIE,
    GlobalPlayerAudioIE,
    GlobalPlayerLiveIE,
    GlobalPlayerLivePlaylistIE,
    GlobalPlayerVideoIE,
)
from .globo import (
    GloboArticleIE,
    GloboIE,
)
from .glomex import (
    GlomexEmbedIE,
    GlomexIE,
)
from .gmanetwork import GMANetworkVideoIE
from .go import GoIE
from .godresource import GodResourceIE
from .godtube import GodTubeIE
from .golem import GolemIE
from .goodgame import GoodGameIE
from .googledrive import (
    GoogleDriveFolderIE,
    GoogleDriveIE,
)
from .googlesearch import GoogleSearchIE
from .goplay import GoPlayIE
from .gopro import GoProIE
from .gotostage import GoToStageIE
from .graspop import GraspopIE
from .gronkh import (
    GronkhFeedIE,
    GronkhIE,
    GronkhVodsIE,
)
from .groupon import GrouponIE
from .harpodeon import HarpodeonIE
from .hbo import HBOIE
from .hearthisat import HearThisAtIE
from .heise import HeiseIE
from .hellporno import HellPornoIE
from .hgtv import HGTVComShowIE
from .hidive import HiDiveIE
from .historicfilms import HistoricFilmsIE
from .hitrecord import HitRecordIE
from .hollywoodreporter import (
    HollywoodReporterIE,
    HollywoodReporterPlaylistIE,
)
from .holodex import HolodexIE
from .hotnewhiphop import HotNewHipHopIE
from .hotstar import (
    HotStarIE,
    HotStarPrefixIE,
    HotStarSeriesIE,
)
from .hrefli import HrefLiRedirectIE
from .hrfensehen import HRFernsehenIE
from .hrti import (
    HRTiIE,
    HRTiPlaylistIE,
)
from .hse import (
    HSEProductIE,
    HSEShowIE,
)
from .huajiao import HuajiaoIE
from .huffpost import HuffPostIE
from .hungama import (
    HungamaAlbumPlaylistIE,
    HungamaIE,
    HungamaSongIE,
)
from .huya import (
    HuyaLiveIE,
    HuyaVideoIE,
)
from .hypem import HypemIE
from .hypergryph import MonsterSirenHypergryphMusicIE
from .hytale import HytaleIE
from .icareus import IcareusIE
from .ichinanalive import (
    IchinanaLiveClipIE,
    IchinanaLiveIE,
    IchinanaLiveVODIE,
)
from .idagio import (
    IdagioAlbumIE,
    IdagioPersonalPlaylistIE,
    IdagioPlaylistIE,
    IdagioRecordingIE,
    IdagioTrackIE,
)
from .ign import (
    IGNIE,
    IGNArticleIE,
    IGNVideoIE,
)
from .iheart import (
    IHeartRadioIE,
    IHeartRadioPodcastIE,
)
from .ilpost import IlPostIE
from .iltalehti import IltalehtiIE
from .imdb import (
    ImdbIE,
    ImdbListIE,
)
from .imgur import (
    ImgurAlbumIE,
    ImgurGalleryIE,
    ImgurIE,
)
from .ina import InaIE
from .inc import IncIE
from .indavideo import IndavideoEmbedIE
from .infoq import InfoQIE
from .instagram import (
    InstagramIE,
    InstagramIOSIE,
    InstagramStoryIE,
    InstagramTagIE,
    InstagramUserIE,
)
from .internazionale import InternazionaleIE
from .iprima import (
    IPrimaCNNIE,
    IPrimaIE,
)
from .iqiyi import (
    IqAlbumIE,
    IqIE,
    IqiyiIE,
)
from .islamchannel import (
    IslamChannelIE,
    IslamChannelSeriesIE,
)
from .israelnationalnews import IsraelNationalNewsIE
from .itprotv import (
    ITProTVCourseIE,
    ITProTVIE,
)
from .itv import (
    ITVBTCCIE,
    ITVIE,
)
from .ivi import (
    IviCompilationIE,
    IviIE,
)
from .ivideon import IvideonIE
from .ivoox import IvooxIE
from .iwara import (
    IwaraIE,
    IwaraPlaylistIE,
    IwaraUserIE,
)
from .ixigua import IxiguaIE
from .jamendo import (
    JamendoAlbumIE,
    JamendoIE,
)
from .japandiet import (
    SangiinIE,
    SangiinInstructionIE,
    ShugiinItvLiveIE,
    ShugiinItvLiveRoomIE,
    ShugiinItvVodIE,
)
from .jeuxvideo import JeuxVideoIE
from .jiosaavn import (
    JioSaavnAlbumIE,
    JioSaavnArtistIE,
    JioSaavnPlaylistIE,
    JioSaavnShowIE,
    JioSaavnShowPlaylistIE,
    JioSaavnSongIE,
)
from .joj import JojIE
from .jove import JoveIE
from .jstream import JStreamIE
from .jtbc import (
    JTBCIE,
    JTBCProgramIE,
)
from .jwplatform import JWPlatformIE
from .kakao import KakaoIE
from .kaltura import KalturaIE
from .kankanews import KankaNewsIE
from .karaoketv import KaraoketvIE
from .kelbyone import KelbyOneIE
from .kenh14 import (
    Kenh14PlaylistIE,
    Kenh14VideoIE,
)
from .khanacademy import (
    KhanAcademyIE,
    KhanAcademyUnitIE,
)
from .kick import (
    KickClipIE,
    KickClipsIE,
    KickIE,
    KickVideosIE,
    KickVODIE,
)
from .kicker import KickerIE
from .kickstarter import KickStarterIE
from .kika import (
    KikaIE,
    KikaPlaylistIE,
)
from .kinopoisk import KinoPoiskIE
from .kommunetv import KommunetvIE
from .kompas import KompasVideoIE
from .krasview import KrasViewIE
from .kth import KTHIE
from .ku6 import Ku6IE
from .kukululive import KukuluLiveIE
from .kuwo import (
    KuwoAlbumIE,
    KuwoCategoryIE,
    KuwoChartIE,
    KuwoIE,
    KuwoMvIE,
    KuwoSingerIE,
)
from .la7 import LA7IE
from .laracasts import (
    LaracastsIE,
    LaracastsPlaylistIE,
)
from .lastfm import (
    LastFMIE,
    LastFMPlaylistIE,
    LastFMUserIE,
)
from .laxarxames import LaXarxaMesIE
from .lbry import (
    LBRYIE,
    LBRYChannelIE,
    LBRYPlaylistIE,
)
from .lci import LCIIE
from .lcp import (
    LcpIE,
    LcpPlayIE,
)
from .learningonscreen import LearningOnScreenIE
from .lecture2go import Lecture2GoIE
from .lecturio import (
    LecturioCourseIE,
    LecturioDeCourseIE,
    LecturioIE,
)
from .leeco import (
    LeIE,
    LePlaylistIE,
)
from .lefigaro import (
    LeFigaroVideoEmbedIE,
    LeFigaroVideoSectionIE,
)
from .lego import LEGOIE
from .lemonde import LemondeIE
from .lenta import LentaIE
from .libraryofcongress import LibraryOfCongressIE
from .libsyn import LibsynIE
from .lifenews import (
    LifeEmbedIE,
    LifeNewsIE,
)
from .likee import (
    LikeeIE,
    LikeeUserIE,
)
from .linkedin import (
    LinkedInEventsIE,
    LinkedInIE,
    LinkedInLearningCourseIE,
    LinkedInLearningIE,
)
from .liputan6 import Liputan6IE
from .listennotes import ListenNotesIE
from .litv import LiTVIE
from .livejournal import LiveJournalIE
from .livestreamfails import LivestreamfailsIE
from .lnk import LnkIE
from .locipo import (
    LocipoIE,
    LocipoPlaylistIE,
)
from .loco import LocoIE
from .loom import (
    LoomFolderIE,
    LoomIE,
)
from .lovehomeporn import LoveHomePornIE
from .lrt import (
    LRTVODIE,
    LRTRadioIE,
    LRTStreamIE,
)
from .lsm import (
    LSMLREmbedIE,
    LSMLTVEmbedIE,
    LSMReplayIE,
)
from .lumni import LumniIE
from .maariv import MaarivIE
from .magellantv import MagellanTVIE
from .magentamusik import MagentaMusikIE
from .mailru import (
    MailRuIE,
    MailRuMusicIE,
    MailRuMusicSearchIE,
)
from .mainstreaming import MainStreamingIE
from .mangomolo import (
    MangomoloLiveIE,
    MangomoloVideoIE,
)
from .manyvids import ManyVidsIE
from .maoritv import MaoriTVIE
from .markiza import (
    MarkizaIE,
    MarkizaPageIE,
)
from .massengeschmacktv import MassengeschmackTVIE
from .masters import MastersIE
from .matchitv import MatchiTVIE
from .matchtv import MatchTVIE
from .mave import (
    MaveChannelIE,
    MaveIE,
)
from .mbn import MBNIE
from .mdr import MDRIE
from .medaltv import MedalTVIE
from .mediaite import MediaiteIE
from .mediaklikk import MediaKlikkIE
from .medialaan import MedialaanIE
from .mediaset import (
    MediasetIE,
    MediasetShowIE,
)
from .mediasite import (
    MediasiteCatalogIE,
    MediasiteIE,
    MediasiteNamedCatalogIE,
)
from .mediastream import (
    MediaStreamIE,
    WinSportsVideoIE,
)
from .mediaworksnz import MediaWorksNZVODIE
from .medici import MediciIE
from .megaphone import MegaphoneIE
from .megatvcom import (
    MegaTVComEmbedIE,
    MegaTVComIE,
)
from .meipai import MeipaiIE
from .melonvod import MelonVODIE
from .metacritic import MetacriticIE
from .mgtv import MGTVIE
from .microsoftembed import (
    MicrosoftBuildIE,
    MicrosoftEmbedIE,
    MicrosoftLearnEpisodeIE,
    MicrosoftLearnPlaylistIE,
    MicrosoftLearnSessionIE,
    MicrosoftMediusIE,
)
from .minds import (
    MindsChannelIE,
    MindsGroupIE,
    MindsIE,
)
from .mir24tv import Mir24TvIE
from .mirrativ import (
    MirrativIE,
    MirrativUserIE,
)
from .mirrorcouk import MirrorCoUKIE
from .mit import (
    OCWMITIE,
    TechTVMITIE,
)
from .mixch import (
    MixchArchiveIE,
    MixchIE,
    MixchMovieIE,
)
from .mixcloud import (
    MixcloudIE,
    MixcloudPlaylistIE,
    MixcloudUserIE,
)
from .mixlr import (
    MixlrIE,
    MixlrRecoringIE,
)
from .mlb import (
    MLBIE,
    MLBTVIE,
    MLBArticleIE,
    MLBVideoIE,
)
from .mlssoccer import MLSSoccerIE
from .mocha import MochaVideoIE
from .mojevideo import MojevideoIE
from .monstercat import MonstercatIE
from .motorsport import MotorsportIE
from .moviepilot import MoviepilotIE
from .movingimage import MovingImageIE
from .msn import MSNIE
from .mtv import MTVIE
from .muenchentv import MuenchenTVIE
from .murrtube import (
    MurrtubeIE,
    MurrtubeUserIE,
)
from .museai import MuseAIIE
from .musescore import MuseScoreIE
from .mux import MuxIE
from .mx3 import (
    Mx3IE,
    Mx3NeoIE,
    Mx3VolksmusikIE,
)
from .mxplayer import (
    MxplayerIE,
    MxplayerRedirectIE,
    MxplayerSeasonIE,
    MxplayerShowIE,
)
from .myspace import (
    MySpaceAlbumIE,
    MySpaceIE,
)
from .myspass import MySpassIE
from .myvideoge import MyVideoGeIE
from .myvidster import MyVidsterIE
from .mzaalo import MzaaloIE
from .n1 import (
    N1InfoAssetIE,
    N1InfoIIE,
)
from .nascar import NascarClassicsIE
from .nate import (
    NateIE,
    NateProgramIE,
)
from .nationalgeographic import NationalGeographicTVIE
from .naver import (
    NaverIE,
    NaverLiveIE,
)
from .nba import (
    NBAIE,
    NBAChannelIE,
    NBAEmbedIE,
    NBAWatchCollectionIE,
    NBAWatchEmbedIE,
    NBAWatchIE,
)
from .nbc import (
    NBCIE,
    BravoTVIE,
    NBCNewsIE,
    NBCOlympicsIE,
    NBCOlympicsStreamIE,
    NBCSportsIE,
    NBCSportsStreamIE,
    NBCSportsVPlayerIE,
    NBCStationsIE,
    SyfyIE,
)
from .ndr import (
    NDRIE,
    NDREmbedBaseIE,
    NDREmbedIE,
    NJoyEmbedIE,
    NJoyIE,
)
from .ndtv import NDTVIE
from .nebula import (
    NebulaChannelIE,
    NebulaClassIE,
    NebulaIE,
    NebulaSeasonIE,
    NebulaSubscriptionsIE,
)
from .nekohacker import NekoHackerIE
from .nest import (
    NestClipIE,
    NestIE,
)
from .netapp import (
    NetAppCollectionIE,
    NetAppVideoIE,
)
from .neteasemusic import (
    NetEaseMusicAlbumIE,
    NetEaseMusicDjRadioIE,
    NetEaseMusicIE,
    NetEaseMusicListIE,
    NetEaseMusicMvIE,
    NetEaseMusicProgramIE,
    NetEaseMusicSingerIE,
)
from .netzkino import NetzkinoIE
from .newgrounds import (
    NewgroundsIE,
    NewgroundsPlaylistIE,
    NewgroundsUserIE,
)
from .newspicks import NewsPicksIE
from .newsy import NewsyIE
from .nexx import (
    NexxEmbedIE,
    NexxIE,
)
from .nfb import (
    NFBIE,
    NFBSeriesIE,
)
from .nfhsnetwork import NFHSNetworkIE
from .nfl import (
    NFLIE,
    NFLArticleIE,
    NFLPlusEpisodeIE,
    NFLPlusReplayIE,
)
from .nhk import (
    NhkForSchoolBangumiIE,
    NhkForSchoolProgramListIE,
    NhkForSchoolSubjectIE,
    NhkRadioNewsPageIE,
    NhkRadiruIE,
    NhkRadiruLiveIE,
    NhkVodIE,
    NhkVodProgramIE,
)
from .nhl import NHLIE
from .nick import NickIE
from .niconico import (
    NiconicoChannelIE,
    NiconicoHistoryIE,
    NiconicoIE,
    NiconicoLiveIE,
    NiconicoPlaylistIE,
    NiconicoSeriesIE,
    NiconicoUserIE,
    NicovideoSearchDateIE,
    NicovideoSearchIE,
    NicovideoSearchURLIE,
    NicovideoTagURLIE,
)
from .niconicochannelplus import (
    NiconicoChannelPlusChannelLivesIE,
    NiconicoChannelPlusChannelVideosIE,
    NiconicoChannelPlusIE,
)
from .ninaprotocol import NinaProtocolIE
from .ninecninemedia import (
    CPTwentyFourIE,
    NineCNineMediaIE,
)
from .ninegag import NineGagIE
from .ninenews import NineNewsIE
from .ninenow import NineNowIE
from .nintendo import NintendoIE
from .nitter import NitterIE
from .nobelprize import NobelPrizeIE
from .noice import NoicePodcastIE
from .nonktube import NonkTubeIE
from .noodlemagazine import NoodleMagazineIE
from .nosnl import NOSNLArticleIE
from .nova import (
    NovaEmbedIE,
    NovaIE,
)
from .novaplay import NovaPlayIE
from .nowcanal import NowCanalIE
from .nowness import (
    NownessIE,
    NownessPlaylistIE,
    NownessSeriesIE,
)
from .noz import NozIE
from .npo import (
    NPOIE,
    VPROIE,
    WNLIE,
    AndereTijdenIE,
    HetKlokhuisIE,
    NPOLiveIE,
    NPORadioFragmentIE,
    NPORadioIE,
    SchoolTVIE,
)
from .npr import NprIE
from .nrk import (
    NRKIE,
    NRKTVIE,
    NRKPlaylistIE,
    NRKRadioPodkastIE,
    NRKSkoleIE,
    NRKTVDirekteIE,
    NRKTVEpisodeIE,
    NRKTVEpisodesIE,
    NRKTVSeasonIE,
    NRKTVSeriesIE,
)
from .nrl import NRLTVIE
from .nts import NTSLiveIE
from .ntvcojp import NTVCoJpCUIE
from .ntvde import NTVDeIE
from .ntvru import NTVRuIE
from .nubilesporn import NubilesPornIE
from .nuvid import NuvidIE
from .nytimes import (
    NYTimesArticleIE,
    NYTimesCookingIE,
    NYTimesCookingRecipeIE,
    NYTimesIE,
)
from .nzherald import NZHeraldIE
from .nzonscreen import NZOnScreenIE
from .nzz import NZZIE
from .odkmedia import OnDemandChinaEpisodeIE
from .odnoklassniki import OdnoklassnikiIE
from .oftv import (
    OfTVIE,
    OfTVPlaylistIE,
)
from .oktoberfesttv import OktoberfestTVIE
from .olympics import OlympicsReplayIE
from .omnyfm import (
    OmnyfmIE,
    OmnyfmPlaylistIE,
    OmnyfmShowIE,
)
from .on24 import On24IE
from .ondemandkorea import (
    OnDemandKoreaIE,
    OnDemandKoreaProgramIE,
)
from .onefootball import OneFootballIE
from .onenewsnz import OneNewsNZIE
from .oneplace import OnePlacePodcastIE
from .onet import (
    OnetChannelIE,
    OnetIE,
    OnetMVPIE,
    OnetPlIE,
)
from .onsen import OnsenIE
from .opencast import (
    OpencastIE,
    OpencastPlaylistIE,
)
from .openrec import (
    OpenRecCaptureIE,
    OpenRecChannelIE,
    OpenRecChannelSearchIE,
    OpenRecIE,
    OpenRecMovieIE,
    OpenRecPlaylistIE,
)
from .orf import (
    ORFIPTVIE,
    ORFONIE,
    ORFFM4StoryIE,
    ORFPodcastIE,
    ORFRadioIE,
)
from .outsidetv import OutsideTVIE
from .owncloud import OwnCloudIE
from .packtpub import (
    PacktPubCourseIE,
    PacktPubIE,
)
from .palcomp3 import (
    PalcoMP3ArtistIE,
    PalcoMP3IE,
    PalcoMP3VideoIE,
)
from .pandatv import PandaTvIE
from .panopto import (
    PanoptoIE,
    PanoptoListIE,
    PanoptoPlaylistIE,
)
from .parler import ParlerIE
from .parlview import ParlviewIE
from .parti import (
    PartiLivestreamIE,
    PartiVideoIE,
)
from .patreon import (
    PatreonCampaignIE,
    PatreonIE,
)
from .pbs import (
    PBSIE,
    PBSKidsIE,
)
from .pearvideo import PearVideoIE
from .peekvids import (
    PeekVidsIE,
    PlayVidsIE,
)
from .peertube import (
    PeerTubeIE,
    PeerTubePlaylistIE,
)
from .peertv import PeerTVIE
from .peloton import (
    PelotonIE,
    PelotonLiveIE,
)
from .performgroup import PerformGroupIE
from .pgatour import PGATourIE
from .philharmoniedeparis import PhilharmonieDeParisIE
from .phoenix import PhoenixIE
from .photobucket import PhotobucketIE
from .pialive import PiaLiveIE
from .piapro import PiaproIE
from .picarto import (
    PicartoIE,
    PicartoVodIE,
)
from .piksel import PikselIE
from .pinkbike import PinkbikeIE
from .pinterest import (
    PinterestCollectionIE,
    PinterestIE,
)
from .platzi import (
    PlatziCourseIE,
    PlatziIE,
)
from .playerfm import PlayerFmIE
from .playsuisse import PlaySuisseIE
from .playtvak import PlaytvakIE
from .pluralsight import (
    PluralsightCourseIE,
    PluralsightIE,
)
from .plutotv import PlutoTVIE
from .plyr import PlyrEmbedIE
from .podbayfm import (
    PodbayFMChannelIE,
    PodbayFMIE,
)
from .podchaser import PodchaserIE
from .podomatic import PodomaticIE
from .pokergo import (
    PokerGoCollectionIE,
    PokerGoIE,
)
from .polsatgo import PolsatGoIE
from .polskieradio import (
    PolskieRadioAuditionIE,
    PolskieRadioCategoryIE,
    PolskieRadioIE,
    PolskieRadioLegacyIE,
    PolskieRadioPlayerIE,
    PolskieRadioPodcastIE,
    PolskieRadioPodcastListIE,
)
from .popcorntimes import PopcorntimesIE
from .popcorntv import PopcornTVIE
from .pornbox import PornboxIE
from .pornflip import PornFlipIE
from .pornhub import (
    PornHubIE,
    PornHubPagedVideoListIE,
    PornHubPlaylistIE,
    PornHubUserIE,
    PornHubUserVideosUploadIE,
)
from .pornotube import PornotubeIE
from .pornovoisines import PornoVoisinesIE
from .pornoxo import PornoXOIE
from .pr0gramm import Pr0grammIE
from .prankcast import (
    PrankCastIE,
    PrankCastPostIE,
)
from .premiershiprugby import PremiershipRugbyIE
from .presstv import PressTVIE
from .projectveritas import ProjectVeritasIE
from .prx import (
    PRXAccountIE,
    PRXSeriesIE,
    PRXSeriesSearchIE,
    PRXStoriesSearchIE,
    PRXStoryIE,
)
from .puhutv import (
    PuhuTVIE,
    PuhuTVSerieIE,
)
from .pyvideo import PyvideoIE
from .qdance import QDanceIE
from .qingting import QingTingIE
from .qqmusic import (
    QQMusicAlbumIE,
    QQMusicIE,
    QQMusicPlaylistIE,
    QQMusicSingerIE,
    QQMusicToplistIE,
    QQMusicVideoIE,
)
from .r7 import (
    R7IE,
    R7ArticleIE,
)
from .radiko import (
    RadikoIE,
    RadikoRadioIE,
)
from .radiocanada import (
    RadioCanadaAudioVideoIE,
    RadioCanadaIE,
)
from .radiode import RadioDeIE
from .radiofrance import (
    FranceCultureIE,
    RadioFranceIE,
    RadioFranceLiveIE,
    RadioFrancePodcastIE,
    RadioFranceProfileIE,
    RadioFranceProgramScheduleIE,
)
from .radiojavan import RadioJavanIE
from .radiokapital import (
    RadioKapitalIE,
    RadioKapitalShowIE,
)
from .radioradicale import RadioRadicaleIE
from .radiozet import RadioZetPodcastIE
from .radlive import (
    RadLiveChannelIE,
    RadLiveIE,
    RadLiveSeasonIE,
)
from .rai import (
    RaiCulturaIE,
    RaiIE,
    RaiNewsIE,
    RaiPlayIE,
    RaiPlayLiveIE,
    RaiPlayPlaylistIE,
    RaiPlaySoundIE,
    RaiPlaySoundLiveIE,
    RaiPlaySoundPlaylistIE,
    RaiSudtirolIE,
)
from .raywenderlich import (
    RayWenderlichCourseIE,
    RayWenderlichIE,
)
from .rbgtum import (
    RbgTumCourseIE,
    RbgTumIE,
    RbgTumNewCourseIE,
)
from .rcs import (
    RCSIE,
    RCSEmbedsIE,
    RCSVariousIE,
)
from .rcti import (
    RCTIPlusIE,
    RCTIPlusSeriesIE,
    RCTIPlusTVIE,
)
from .rds import RDSIE
from .redbee import (
    RTBFIE,
    ParliamentLiveUKIE,
)
from .redbulltv import (
    RedBullEmbedIE,
    RedBullIE,
    RedBullTVIE,
    RedBullTVRrnContentIE,
)
from .reddit import RedditIE
from .redgifs import (
    RedGifsIE,
    RedGifsSearchIE,
    RedGifsUserIE,
)
from .redtube import RedTubeIE
from .rentv import (
    RENTVIE,
    RENTVArticleIE,
)
from .restudy import RestudyIE
from .reuters import ReutersIE
from .reverbnation import ReverbNationIE
from .ridehome import RideHomeIE
from .rinsefm import (
    RinseFMArtistPlaylistIE,
    RinseFMIE,
)
from .rockstargames import RockstarGamesIE
from .rokfin import (
    RokfinChannelIE,
    RokfinIE,
    RokfinSearchIE,
    RokfinStackIE,
)
from .roosterteeth import (
    RoosterTeethIE,
    RoosterTeethSeriesIE,
)
from .rottentomatoes import RottenTomatoesIE
from .roya import RoyaLiveIE
from .rozhlas import (
    MujRozhlasIE,
    RozhlasIE,
    RozhlasVltavaIE,
)
from .rte import (
    RteIE,
    RteRadioIE,
)
from .rtl2 import RTL2IE
from .rtlnl import (
    RTLLuArticleIE,
    RTLLuLiveIE,
    RTLLuRadioIE,
    RTLLuTeleVODIE,
    RtlNlIE,
)
from .rtnews import (
    RTDocumentryIE,
    RTDocumentryPlaylistIE,
    RTNewsIE,
    RuptlyIE,
)
from .rtp import RTPIE
from .rtrfm import RTRFMIE
from .rts import RTSIE
from .rtvcplay import (
    RTVCKalturaIE,
    RTVCPlayEmbedIE,
    RTVCPlayIE,
)
from .rtve import (
    RTVEALaCartaIE,
    RTVEAudioIE,
    RTVELiveIE,
    RTVEProgramIE,
    RTVETelevisionIE,
)
from .rtvs import RTVSIE
from .rtvslo import (
    RTVSLOIE,
    RTVSLOShowIE,
)
from .rudovideo import RudoVideoIE
from .rule34video import Rule34VideoIE
from .rumble import (
    RumbleChannelIE,
    RumbleEmbedIE,
    RumbleIE,
)
from .rutube import (
    RutubeChannelIE,
    RutubeEmbedIE,
    RutubeIE,
    RutubeMovieIE,
    RutubePersonIE,
    RutubePlaylistIE,
    RutubeTagsIE,
)
from .ruutu import RuutuIE
from .ruv import (
    RuvIE,
    RuvSpilaIE,
)
from .s4c import (
    S4CIE,
    S4CSeriesIE,
)
from .safari import (
    SafariApiIE,
    SafariCourseIE,
    SafariIE,
)
from .saitosan import SaitosanIE
from .samplefocus import SampleFocusIE
from .sapo import SapoIE
from .sauceplus import (
    SaucePlusChannelIE,
    SaucePlusIE,
)
from .sbs import SBSIE
from .sbscokr import (
    SBSCoKrAllvodProgramIE,
    SBSCoKrIE,
    SBSCoKrProgramsVodIE,
)
from .screen9 import Screen9IE
from .screencast import ScreencastIE
from .screencastify import ScreencastifyIE
from .screencastomatic import ScreencastOMaticIE
from .screenrec import ScreenRecIE
from .scrippsnetworks import (
    ScrippsNetworksIE,
    ScrippsNetworksWatchIE,
)
from .scrolller import ScrolllerIE
from .sejmpl import SejmIE
from .sen import SenIE
from .senalcolombia import SenalColombiaLiveIE
from .senategov import (
    SenateGovIE,
    SenateISVPIE,
)
from .servus import ServusIE
from .sevenplus import SevenPlusIE
from .sexu import SexuIE
from .seznamzpravy import (
    SeznamZpravyArticleIE,
    SeznamZpravyIE,
)
from .shahid import (
    ShahidIE,
    ShahidShowIE,
)
from .sharepoint import SharePointIE
from .shemaroome import ShemarooMeIE
from .shiey import ShieyIE
from .showroomlive import (
    ShowRoomLiveIE,
    ShowRoomVodIE,
)
from .sibnet import SibnetEmbedIE
from .simplecast import (
    SimplecastEpisodeIE,
    SimplecastIE,
    SimplecastPodcastIE,
)
from .sina import SinaIE
from .skeb import SkebIE
from .sky import (
    SkyNewsIE,
    SkyNewsStoryIE,
    SkySportsIE,
    SkySportsNewsIE,
)
from .skyit import (
    CieloTVItIE,
    SkyItArteIE,
    SkyItIE,
    SkyItPlayerIE,
    SkyItVideoIE,
    SkyItVideoLiveIE,
    TV8ItIE,
    TV8ItLiveIE,
    TV8ItPlaylistIE,
)
from .skylinewebcams import SkylineWebcamsIE
from .skynewsarabia import (
    SkyNewsArabiaArticleIE,
    SkyNewsArabiaIE,
)
from .skynewsau import SkyNewsAUIE
from .slideshare import SlideshareIE
from .slideslive import SlidesLiveIE
from .slutload import SlutloadIE
from .smotrim import (
    SmotrimAudioIE,
    SmotrimIE,
    SmotrimLiveIE,
    SmotrimPlaylistIE,
)
from .snapchat import SnapchatSpotlightIE
from .softwhiteunderbelly import SoftWhiteUnderbellyIE
from .sohu import (
    SohuIE,
    SohuVIE,
)
from .sonyliv import (
    SonyLIVIE,
    SonyLIVSeriesIE,
)
from .soundcloud import (
    SoundcloudEmbedIE,
    SoundcloudIE,
    SoundcloudPlaylistIE,
    SoundcloudRelatedIE,
    SoundcloudSearchIE,
    SoundcloudSetIE,
    SoundcloudTrackStationIE,
    SoundcloudUserIE,
    SoundcloudUserPermalinkIE,
)
from .soundgasm import (
    SoundgasmIE,
    SoundgasmProfileIE,
)
from .southpark import (
    SouthParkComBrIE,
    SouthParkCoUkIE,
    SouthParkDeIE,
    SouthParkDkIE,
    SouthParkEsIE,
    SouthParkIE,
    SouthParkLatIE,
)
from .sovietscloset import (
    SovietsClosetIE,
    SovietsClosetPlaylistIE,
)
from .spankbang import (
    SpankBangIE,
    SpankBangPlaylistIE,
)
from .spiegel import SpiegelIE
from .sport5 import Sport5IE
from .sportbox import SportBoxIE
from .sportdeutschland import SportDeutschlandIE
from .spreaker import (
    SpreakerIE,
    SpreakerShowIE,
)
from .sproutvideo import (
    SproutVideoIE,
    VidsIoIE,
)
from .srgssr import (
    SRGSSRIE,
    SRGSSRPlayIE,
)
from .srmediathek import SRMediathekIE
from .stacommu import (
    StacommuLiveIE,
    StacommuVODIE,
    TheaterComplexTownPPVIE,
    TheaterComplexTownVODIE,
)
from .stageplus import StagePlusVODConcertIE
from .startrek import StarTrekIE
from .startv import StarTVIE
from .steam import (
    SteamCommunityBroadcastIE,
    SteamCommunityIE,
    SteamIE,
)
from .storyfire import (
    StoryFireIE,
    StoryFireSeriesIE,
    StoryFireUserIE,
)
from .streaks import StreaksIE
from .streamable import StreamableIE
from .streamcz import StreamCZIE
from .streetvoice import StreetVoiceIE
from .stripchat import StripchatIE
from .stv import STVPlayerIE
from .subsplash import (
    SubsplashIE,
    SubsplashPlaylistIE,
)
from .substack import SubstackIE
from .sunporno import SunPornoIE
from .sverigesradio import (
    SverigesRadioEpisodeIE,
    SverigesRadioPublicationIE,
)
from .svt import (
    SVTPageIE,
    SVTPlayIE,
    SVTSeriesIE,
)
from .sztvhu import SztvHuIE
from .tagesschau import TagesschauIE
from .taptap import (
    TapTapAppIE,
    TapTapAppIntlIE,
    TapTapMomentIE,
    TapTapPostIntlIE,
)
from .tarangplus import (
    TarangPlusEpisodesIE,
    TarangPlusPlaylistIE,
    TarangPlusVideoIE,
)
from .tass import TassIE
from .tbs import TBSIE
from .tbsjp import (
    TBSJPEpisodeIE,
    TBSJPPlaylistIE,
    TBSJPProgramIE,
)
from .teachable import (
    TeachableCourseIE,
    TeachableIE,
)
from .teachertube import (
    TeacherTubeIE,
    TeacherTubeUserIE,
)
from .teachingchannel import TeachingChannelIE
from .teamcoco import (
    ConanClassicIE,
    TeamcocoIE,
)
from .teamtreehouse import TeamTreeHouseIE
from .ted import (
    TedEmbedIE,
    TedPlaylistIE,
    TedSeriesIE,
    TedTalkIE,
)
from .tele5 import Tele5IE
from .tele13 import Tele13IE
from .telebruxelles import TeleBruxellesIE
from .telecaribe import TelecaribePlayIE
from .telecinco import TelecincoIE
from .telegraaf import TelegraafIE
from .telegram import TelegramEmbedIE
from .telemb import TeleMBIE
from .telemundo import TelemundoIE
from .telequebec import (
    TeleQuebecEmissionIE,
    TeleQuebecIE,
    TeleQuebecLiveIE,
    TeleQuebecSquatIE,
    TeleQuebecVideoIE,
)
from .teletask import TeleTaskIE
from .telewebion import TelewebionIE
from .tencent import (
    IflixEpisodeIE,
    IflixSeriesIE,
    VQQSeriesIE,
    VQQVideoIE,
    WeTvEpisodeIE,
    WeTvSeriesIE,
)
from .tennistv import TennisTVIE
from .tenplay import (
    TenPlayIE,
    TenPlaySeasonIE,
)
from .testurl import TestURLIE
from .tf1 import TF1IE
from .tfo import TFOIE
from .thechosen import (
    TheChosenGroupIE,
    TheChosenIE,
)
from .theguardian import (
    TheGuardianPodcastIE,
    TheGuardianPodcastPlaylistIE,
)
from .thehighwire import TheHighWireIE
from .theintercept import TheInterceptIE
from .theplatform import (
    ThePlatformFeedIE,
    ThePlatformIE,
)
from .thestar import TheStarIE
from .thesun import TheSunIE
from .theweatherchannel import TheWeatherChannelIE
from .thisamericanlife import ThisAmericanLifeIE
from .thisoldhouse import ThisOldHouseIE
from .thisvid import (
    ThisVidIE,
    ThisVidMemberIE,
    ThisVidPlaylistIE,
)
from .threeqsdn import ThreeQSDNIE
from .threespeak import (
    ThreeSpeakIE,
    ThreeSpeakUserIE,
)
from .tiktok import (
    DouyinIE,
    TikTokCollectionIE,
    TikTokEffectIE,
    TikTokIE,
    TikTokLiveIE,
    TikTokSoundIE,
    TikTokTagIE,
    TikTokUserIE,
    TikTokVMIE,
)
from .tmz import TMZIE
from .tnaflix import (
    EMPFlixIE,
    MovieFapIE,
    TNAFlixIE,
    TNAFlixNetworkEmbedIE,
)
from .toggle import (
    MeWatchIE,
    ToggleIE,
)
from .toggo import ToggoIE
from .tonline import TOnlineIE
from .toongoggles import ToonGogglesIE
from .toutiao import ToutiaoIE
from .toutv import TouTvIE
from .toypics import (
    ToypicsIE,
    ToypicsUserIE,
)
from .trtcocuk import TrtCocukVideoIE
from .trtworld import TrtWorldIE
from .trueid import TrueIDIE
from .trunews import TruNewsIE
from .truth import TruthIE
from .tube8 import Tube8IE
from .tubetugraz import (
    TubeTuGrazIE,
    TubeTuGrazSeriesIE,
)
from .tubitv import (
    TubiTvIE,
    TubiTvShowIE,
)
from .tumblr import TumblrIE
from .tunein import (
    TuneInEmbedIE,
    TuneInPodcastEpisodeIE,
    TuneInPodcastIE,
    TuneInShortenerIE,
    TuneInStationIE,
)
from .tv2 import (
    TV2IE,
    KatsomoIE,
    MTVUutisetArticleIE,
    TV2ArticleIE,
)
from .tv2dk import (
    TV2DKIE,
    TV2DKBornholmPlayIE,
)
from .tv2hu import (
    TV2HuIE,
    TV2HuSeriesIE,
)
from .tv4 import TV4IE
from .tv5mondeplus import TV5MondePlusIE
from .tv5unis import (
    TV5UnisIE,
    TV5UnisVideoIE,
)
from .tv24ua import TV24UAVideoIE
from .tva import TVAIE
from .tvanouvelles import (
    TVANouvellesArticleIE,
    TVANouvellesIE,
)
from .tvc import (
    TVCIE,
    TVCArticleIE,
)
from .tver import (
    TVerIE,
    TVerOlympicIE,
)
from .tvigle import TvigleIE
from .tviplayer import TVIPlayerIE
from .tvn24 import TVN24IE
from .tvnoe import TVNoeIE
from .tvo import TvoIE
from .tvopengr import (
    TVOpenGrEmbedIE,
    TVOpenGrWatchIE,
)
from .tvp import (
    TVPIE,
    TVPEmbedIE,
    TVPStreamIE,
    TVPVODSeriesIE,
    TVPVODVideoIE,
)
from .tvplay import (
    TVPlayHomeIE,
    TVPlayIE,
)
from .tvw import (
    TvwIE,
    TvwNewsIE,
    TvwTvChannelsIE,
)
from .tweakers import TweakersIE
from .twentymin import TwentyMinutenIE
from .twentythreevideo import TwentyThreeVideoIE
from .twitcasting import (
    TwitCastingIE,
    TwitCastingLiveIE,
    TwitCastingUserIE,
)
from .twitch import (
    TwitchClipsIE,
    TwitchCollectionIE,
    TwitchStreamIE,
    TwitchVideosClipsIE,
    TwitchVideosCollectionsIE,
    TwitchVideosIE,
    TwitchVodIE,
)
from .twitter import (
    TwitterAmplifyIE,
    TwitterBroadcastIE,
    TwitterCardIE,
    TwitterEventIE,
    TwitterIE,
    TwitterShortenerIE,
    TwitterSpacesIE,
)
from .txxx import (
    PornTopIE,
    TxxxIE,
)
from .udemy import (
    UdemyCourseIE,
    UdemyIE,
)
from .udn import UDNEmbedIE
from .ufctv import UFCTVIE
from .ukcolumn import UkColumnIE
from .uliza import (
    UlizaPlayerIE,
    UlizaPortalIE,
)
from .umg import UMGDeIE
from .unistra import UnistraIE
from .unitednations import UnitedNationsWebTvIE
from .unity import UnityIE
from .unsupported import (
    KnownDRMIE,
    KnownLiabilityIE,
    KnownPiracyIE,
)
from .uol import UOLIE
from .uplynk import (
    UplynkIE,
    UplynkPreplayIE,
)
from .urort import UrortIE
from .urplay import URPlayIE
from .usanetwork import USANetworkIE
from .usatoday import USATodayIE
from .ustream import (
    UstreamChannelIE,
    UstreamIE,
)
from .ustudio import (
    UstudioEmbedIE,
    UstudioIE,
)
from .varzesh3 import Varzesh3IE
from .vbox7 import Vbox7IE
from .veo import VeoIE
from .vevo import (
    VevoIE,
    VevoPlaylistIE,
)
from .vgtv import (
    VGTVIE,
    BTArticleIE,
    BTVestlendingenIE,
)
from .vh1 import VH1IE
from .vice import (
    ViceArticleIE,
    ViceIE,
    ViceShowIE,
)
from .viddler import ViddlerIE
from .videa import VideaIE
from .videocampus_sachsen import (
    VideocampusSachsenIE,
    ViMPPlaylistIE,
)
from .videoken import VideoKenPlayerIE
from .videopress import VideoPressIE
from .vidflex import VidflexIE
from .vidio import (
    VidioIE,
    VidioLiveIE,
    VidioPremierIE,
)
from .vidlii import VidLiiIE
from .vidly import VidlyIE
from .vidyard import VidyardIE
from .viewlift import (
    ViewLiftEmbedIE,
    ViewLiftIE,
)
from .viidea import ViideaIE
from .vimeo import (
    VHXEmbedIE,
    VimeoAlbumIE,
    VimeoChannelIE,
    VimeoEventIE,
    VimeoGroupsIE,
    VimeoIE,
    VimeoLikesIE,
    VimeoOndemandIE,
    VimeoProIE,
    VimeoReviewIE,
    VimeoUserIE,
    VimeoWatchLaterIE,
)
from .viously import ViouslyIE
from .viqeo import ViqeoIE
from .visir import VisirIE
from .viu import (
    ViuIE,
    ViuOTTIE,
    ViuOTTIndonesiaIE,
    ViuPlaylistIE,
)
from .vk import (
    VKIE,
    VKPlayIE,
    VKPlayLiveIE,
    VKUserVideosIE,
    VKWallPostIE,
)
from .vocaroo import VocarooIE
from .vodplatform import VODPlatformIE
from .voicy import (
    VoicyChannelIE,
    VoicyIE,
)
from .volejtv import (
    VolejTVCategoryPlaylistIE,
    VolejTVClubPlaylistIE,
    VolejTVIE,
)
from .voxmedia import (
    VoxMediaIE,
    VoxMediaVolumeIE,
)
from .vrsquare import (
    VrSquareChannelIE,
    VrSquareIE,
    VrSquareSearchIE,
    VrSquareSectionIE,
)
from .vrt import (
    VRTIE,
    DagelijkseKostIE,
    Radio1BeIE,
    VrtNUIE,
)
from .vtm import VTMIE
from .vtv import (
    VTVIE,
    VTVGoIE,
)
from .walla import WallaIE
from .washingtonpost import (
    WashingtonPostArticleIE,
    WashingtonPostIE,
)
from .wat import WatIE
from .wdr import (
    WDRIE,
    WDRElefantIE,
    WDRPageIE,
)
from .webcamerapl import WebcameraplIE
from .webcaster import (
    WebcasterFeedIE,
    WebcasterIE,
)
from .webofstories import (
    WebOfStoriesIE,
    WebOfStoriesPlaylistIE,
)
from .weibo import (
    WeiboIE,
    WeiboUserIE,
    WeiboVideoIE,
)
from .weiqitv import WeiqiTVIE
from .weverse import (
    WeverseIE,
    WeverseLiveIE,
    WeverseLiveTabIE,
    WeverseMediaIE,
    WeverseMediaTabIE,
    WeverseMomentIE,
)
from .wevidi import WeVidiIE
from .whowatch import WhoWatchIE
from .whyp import WhypIE
from .wikimedia import WikimediaIE
from .wimbledon import WimbledonIE
from .wimtv import WimTVIE
from .wistia import (
    WistiaChannelIE,
    WistiaIE,
    WistiaPlaylistIE,
)
from .wordpress import (
    WordpressMiniAudioPlayerEmbedIE,
    WordpressPlaylistEmbedIE,
)
from .worldstarhiphop import WorldStarHipHopIE
from .wppilot import (
    WPPilotChannelsIE,
    WPPilotIE,
)
from .wrestleuniverse import (
    WrestleUniversePPVIE,
    WrestleUniverseVODIE,
)
from .wsj import (
    WSJIE,
    WSJArticleIE,
)
from .wwe import WWEIE
from .wykop import (
    WykopDigCommentIE,
    WykopDigIE,
    WykopPostCommentIE,
    WykopPostIE,
)
from .xboxclips import XboxClipsIE
from .xhamster import (
    XHamsterEmbedIE,
    XHamsterIE,
    XHamsterUserIE,
)
from .xiaohongshu import XiaoHongShuIE
from .ximalaya import (
    XimalayaAlbumIE,
    XimalayaIE,
)
from .xinpianchang import XinpianchangIE
from .xminus import XMinusIE
from .xnxx import XNXXIE
from .xvideos import (
    XVideosIE,
    XVideosQuickiesIE,
)
from .xxxymovies import XXXYMoviesIE
from .yahoo import (
    YahooIE,
    YahooJapanNewsIE,
    YahooSearchIE,
)
from .yandexdisk import YandexDiskIE
from .yandexmusic import (
    YandexMusicAlbumIE,
    YandexMusicArtistAlbumsIE,
    YandexMusicArtistTracksIE,
    YandexMusicPlaylistIE,
    YandexMusicTrackIE,
)
from .yandexvideo import (
    YandexVideoIE,
    YandexVideoPreviewIE,
    ZenYandexChannelIE,
    ZenYandexIE,
)
from .yapfiles import YapFilesIE
from .yappy import (
    YappyIE,
    YappyProfileIE,
)
from .yfanefa import YfanefaIE
from .yle_areena import YleAreenaIE
from .youjizz import YouJizzIE
from .youku import (
    YoukuIE,
    YoukuShowIE,
)
from .younow import (
    YouNowChannelIE,
    YouNowLiveIE,
    YouNowMomentIE,
)
from .youporn import (
    YouPornCategoryIE,
    YouPornChannelIE,
    YouPornCollectionIE,
    YouPornIE,
    YouPornStarIE,
    YouPornTagIE,
    YouPornVideosIE,
)
from .youtube import (
    YoutubeClipIE,
    YoutubeConsentRedirectIE,
    YoutubeFavouritesIE,
    YoutubeHistoryIE,
    YoutubeIE,
    YoutubeLivestreamEmbedIE,
    YoutubeMusicSearchURLIE,
    YoutubeNotificationsIE,
    YoutubePlaylistIE,
    YoutubeRecommendedIE,
    YoutubeSearchIE,
    YoutubeSearchURLIE,
    YoutubeShortsAudioPivotIE,
    YoutubeSubscriptionsIE,
    YoutubeTabIE,
    YoutubeTruncatedIDIE,
    YoutubeTruncatedURLIE,
    YoutubeWatchLaterIE,
    YoutubeYtBeIE,
    YoutubeYtUserIE,
)
from .zaiko import (
    ZaikoETicketIE,
    ZaikoIE,
)
from .zan import ZanIE
from .zapiks import ZapiksIE
from .zattoo import (
    BBVTVIE,
    EWETVIE,
    SAKTVIE,
    VTXTVIE,
    BBVTVLiveIE,
    BBVTVRecordingsIE,
    EinsUndEinsTVIE,
    EinsUndEinsTVLiveIE,
    EinsUndEinsTVRecordingsIE,
    EWETVLiveIE,
    EWETVRecordingsIE,
    GlattvisionTVIE,
    GlattvisionTVLiveIE,
    GlattvisionTVRecordingsIE,
    MNetTVIE,
    MNetTVLiveIE,
    MNetTVRecordingsIE,
    NetPlusTVIE,
    NetPlusTVLiveIE,
    NetPlusTVRecordingsIE,
    OsnatelTVIE,
    OsnatelTVLiveIE,
    OsnatelTVRecordingsIE,
    QuantumTVIE,
    QuantumTVLiveIE,
    QuantumTVRecordingsIE,
    SAKTVLiveIE,
    SAKTVRecordingsIE,
    SaltTVIE,
    SaltTVLiveIE,
    SaltTVRecordingsIE,
    VTXTVLiveIE,
    VTXTVRecordingsIE,
    WalyTVIE,
    WalyTVLiveIE,
    WalyTVRecordingsIE,
    ZattooIE,
    ZattooLiveIE,
    ZattooMoviesIE,
    ZattooRecordingsIE,
)
from .zdf import (
    ZDFIE,
    ZDFChannelIE,
)
from .zeenews import ZeeNewsIE
from .zenporn import ZenPornIE
from .zetland import ZetlandDKArticleIE
from .zhihu import ZhihuIE
from .zingmp3 import (
    ZingMp3AlbumIE,
    ZingMp3ChartHomeIE,
    ZingMp3ChartMusicVideoIE,
    ZingMp3HubIE,
    ZingMp3IE,
    ZingMp3LiveRadioIE,
    ZingMp3PodcastEpisodeIE,
    ZingMp3PodcastIE,
    ZingMp3UserIE,
    ZingMp3WeekChartIE,
)
from .zoom import (
    ZoomClipsIE,
    ZoomIE,
)
from .zype import ZypeIE
