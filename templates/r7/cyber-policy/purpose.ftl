<#-- cyber.purpose 目的. document.subject: the body, or the organ that adopts this text (東浜市選挙管理委員会) -->
<#if !document.perOrgan && document.organs?size gt 1>
この方針は、${jlist(document.organs)}が${cyberPolicy.statute}の規定に基づき共同して定めるものであり、それぞれが管理する情報システムの利用に当たってのサイバーセキュリティを確保するために必要な事項を定めることを目的とする。
<#else>
この方針は、${cyberPolicy.statute}の規定に基づき、${document.subject}が管理する情報システムの利用に当たってのサイバーセキュリティを確保するために必要な事項を定めることを目的とする。
</#if>
