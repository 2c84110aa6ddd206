import { parseFeed } from 'feedsmith';
const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><link>https://x.com</link><item><title>عنوان</title><link>https://x.com/a</link><guid>g1</guid><pubDate>Thu, 06 Jan 2022 10:00:00 +0300</pubDate><dc:creator>Ali</dc:creator><description>desc &amp; more</description><content:encoded><![CDATA[<p>نص طويل</p>]]></content:encoded></item><item><title>no link</title></item></channel></rss>`;
console.log(JSON.stringify(parseFeed(rss), null, 1));
const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>x</id><entry><title type="html">E1</title><id>e1</id><link href="https://x.com/e1"/><published>2022-01-06T10:00:00Z</published><updated>2022-01-07T10:00:00Z</updated><content type="html">&lt;p&gt;hi&lt;/p&gt;</content><summary>s</summary><author><name>Bob</name></author></entry></feed>`;
console.log(JSON.stringify(parseFeed(atom), null, 1));
try { console.log(JSON.stringify(parseFeed('<rss><channel><item><title>a &foo; b</title></item></channel></rss>'))); } catch (e) { console.log('ERR', e.message); }
try { console.log(JSON.stringify(parseFeed('<rss><channel><item><title>a</tit'))); } catch (e) { console.log('ERR', e.message); }
try { console.log(JSON.stringify(parseFeed('hello world'))); } catch (e) { console.log('ERR', e.message); }
try { console.log(JSON.stringify(parseFeed('{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"https://j/1","content_html":"<p>x</p>","date_published":"2022-01-06T00:00:00Z"}]}'))); } catch (e) { console.log('ERR', e.message); }
try { console.log(JSON.stringify(parseFeed({"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"https://j/1","content_html":"<p>x</p>","date_published":"2022-01-06T00:00:00Z"}]}))); } catch (e) { console.log('ERR', e.message); }
